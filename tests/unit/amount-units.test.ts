import { describe, expect, it } from "vitest";
import { amountPreview, bestUnit, fromFullUnits, toFullUnits } from "@/lib/validations/amount-units";
import { decimalAmount, lastCheckedDate } from "@/lib/validations/curated-fields";
import { formErrorText, issueRef } from "@/lib/errors/field-messages";
import { searchSources } from "@/lib/validations/source-search";

describe("amounts typed with a unit", () => {
  it("store the exact value in full units, without floating point", () => {
    expect(toFullUnits("200", "1000000000")).toBe("200000000000");
    expect(toFullUnits("2.5", "1000000000000")).toBe("2500000000000");
    expect(toFullUnits("28.123456789", "1000000000")).toBe("28123456789");
    expect(toFullUnits("0.3", "1000000")).toBe("300000");
    expect(toFullUnits(" 12.50 ", "1")).toBe("12.5");
    expect(toFullUnits("1.000000001", "1000000")).toBe("1000000.001");
    // 0.1 + 0.2 style errors cannot happen: the digits are shifted as text.
    expect(toFullUnits("0.07", "1000000000")).toBe("70000000");
    for (const bad of ["", "1,5", "2e9", "-3", "abc", "1.2.3"]) expect(toFullUnits(bad, "1000000000")).toBeNull();
  });

  it("give values the schema accepts, stored exactly as typed in full units", () => {
    expect(decimalAmount.parse(toFullUnits("200", "1000000000"))).toBe("200000000000");
    expect(decimalAmount.safeParse(toFullUnits("20000", "1000000000000")).success).toBe(false); // 2e16 is above the cap
  });

  it("convert back for editing, in the best unit", () => {
    expect(fromFullUnits("200000000000", "1000000000")).toBe("200");
    expect(fromFullUnits("500", "1000000")).toBe("0.0005");
    expect(bestUnit("200000000000")).toEqual({ text: "200", unit: "1000000000" });
    expect(bestUnit("28100000000")).toEqual({ text: "28.1", unit: "1000000000" });
    expect(bestUnit("2500000000000")).toEqual({ text: "2.5", unit: "1000000000000" });
    expect(bestUnit("1500000")).toEqual({ text: "1.5", unit: "1000000" });
    expect(bestUnit("999999")).toEqual({ text: "999999", unit: "1" });
    expect(bestUnit("123456789")).toEqual({ text: "123456789", unit: "1" }); // 123.456789 million would hide digits
    for (const full of ["200000000000", "28100000000", "1500000", "12.75", "123456789"]) {
      const { text, unit } = bestUnit(full);
      expect(toFullUnits(text, unit)).toBe(full);
    }
  });

  it("preview in the figure's currency and the reader's language", () => {
    expect(amountPreview("200000000000", "EUR", "en")).toEqual({ compact: "€200 billion", exact: "€200,000,000,000" });
    expect(amountPreview("200000000000", "EUR", "zh")?.compact).toBe("2000亿欧元");
    expect(amountPreview("2500000000000", "USD", "en")?.compact).toBe("$2.5 trillion");
    expect(amountPreview("2500000000000", "CNY", "zh")?.compact).toBe("2.5万亿人民币");
    expect(amountPreview("28100000000", "usd", "en")?.compact).toBe("$28.1 billion");
    expect(amountPreview("5000", null, "en")).toEqual({ compact: "5 thousand", exact: "5,000" });
    expect(amountPreview("12.5", "EUR", "en")?.exact).toBe("€12.5");
    expect(amountPreview("abc", "EUR", "en")).toBeNull();
    expect(amountPreview("0", "EUR", "en")).toBeNull();
  });
});

describe("last checked date", () => {
  it("accepts today and past days, empty as no value, and refuses future and unreal dates", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(lastCheckedDate.parse(today)).toBe(today);
    expect(lastCheckedDate.parse("2025-01-31")).toBe("2025-01-31");
    expect(lastCheckedDate.parse("")).toBeNull();
    const future = lastCheckedDate.safeParse(new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10));
    expect(future.success).toBe(false);
    expect(formErrorText("en", issueRef(future.error!.issues[0]))).toBe("Cannot be in the future.");
    expect(lastCheckedDate.safeParse("2025-02-30").success).toBe(false);
  });
});

describe("source search", () => {
  const sources = [
    { value: "S1", title: "EU AI Act", titleZh: "欧盟人工智能法", publisher: "EUR-Lex" },
    { value: "S12", title: "Stargate announcement", titleZh: null, publisher: "OpenAI" },
    { value: "R4", title: "AI Index", titleZh: null, publisher: "Stanford HAI" },
  ];
  it("matches key, title (either language) or publisher, all words, case-insensitively", () => {
    expect(searchSources(sources, "stanford").map((s) => s.value)).toEqual(["R4"]);
    expect(searchSources(sources, "ai act").map((s) => s.value)).toEqual(["S1"]);
    expect(searchSources(sources, "人工智能").map((s) => s.value)).toEqual(["S1"]);
    expect(searchSources(sources, "openai stargate").map((s) => s.value)).toEqual(["S12"]);
    expect(searchSources(sources, "nothing-like-this")).toEqual([]);
    expect(searchSources(sources, "  ")).toHaveLength(3);
  });
  it("ranks an exact key first", () => {
    expect(searchSources(sources, "s1").map((s) => s.value)).toEqual(["S1", "S12"]);
  });
});
