import { describe, expect, it } from "vitest";
import { asDateLocale, formatDate, machineDate, toIsoDate } from "@/lib/format/dates";

describe("formatDate keeps the precision the source gives", () => {
  it.each([
    ["2024-05-21", "DAY", "en", "21 May 2024"],
    ["2024-05-21", "DAY", "zh", "2024年5月21日"],
    ["2021-01-01", "MONTH", "en", "Jan 2021"],
    ["2021-01-01", "MONTH", "zh", "2021年1月"],
    ["2017-01-01", "YEAR", "en", "2017"],
    ["2017-01-01", "YEAR", "zh", "2017年"],
    ["2027-12-02", "DAY", "en", "2 Dec 2027"],
  ] as const)("%s at %s in %s → %s", (iso, precision, locale, expected) => {
    expect(formatDate(iso, precision, locale)).toBe(expected);
  });

  it("defaults to a full English date", () => {
    expect(formatDate("2025-08-02")).toBe("2 Aug 2025");
  });

  it("never shows a year-only date as 1 January", () => {
    expect(formatDate("2018-01-01", "YEAR", "en")).not.toContain("Jan");
    expect(formatDate("2018-01-01", "YEAR", "zh")).not.toContain("月");
  });

  it("returns text that is not an ISO date unchanged instead of guessing", () => {
    expect(formatDate("Multi-year", "DAY", "en")).toBe("Multi-year");
    expect(formatDate("2024-13-01", "DAY", "en")).toBe("2024-13-01");
  });
});

describe("machineDate and toIsoDate", () => {
  it("cuts the <time> value to the known precision", () => {
    expect(machineDate("2017-01-01", "YEAR")).toBe("2017");
    expect(machineDate("2021-01-01", "MONTH")).toBe("2021-01");
    expect(machineDate("2024-05-21", "DAY")).toBe("2024-05-21");
    expect(machineDate("2024-05-21T00:00:00.000Z")).toBe("2024-05-21");
  });

  it("turns UTC-midnight dates into YYYY-MM-DD and keeps null", () => {
    expect(toIsoDate(new Date(Date.UTC(2024, 6, 12)))).toBe("2024-07-12");
    expect(toIsoDate(null)).toBeNull();
  });

  it("maps any non-Chinese locale to English", () => {
    expect(asDateLocale("zh")).toBe("zh");
    expect(asDateLocale("en")).toBe("en");
    expect(asDateLocale("fr")).toBe("en");
  });
});
