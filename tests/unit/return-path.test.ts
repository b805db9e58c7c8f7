import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "@/lib/http/return-path";

describe("return path after sign-in", () => {
  it("keeps a page's path and query, commas and encoded characters included", () => {
    expect(safeReturnPath("/en/compare?j=EU,US,CN")).toBe("/en/compare?j=EU,US,CN");
    expect(safeReturnPath("/zh/admin/sources?q=%E4%B8%AD")).toBe("/zh/admin/sources?q=%E4%B8%AD");
    expect(safeReturnPath("/en/admin/investmentFigures/cmx123/history")).toBe("/en/admin/investmentFigures/cmx123/history");
  });

  it("drops the RSC cache-busting parameter of client navigations", () => {
    expect(safeReturnPath("/en/decks?_rsc=1x2y")).toBe("/en/decks");
    expect(safeReturnPath("/en/admin/audit?action=x&_rsc=abc")).toBe("/en/admin/audit?action=x");
  });

  it.each([
    "https://evil.example/en",
    "//evil.example/en",
    "/\\evil.example",
    "/en\\..\\x",
    "javascript:alert(1)",
    "/fr/compare",
    "/",
    "",
    "/api/admin/records/sources",
  ])("refuses %j", (next) => expect(safeReturnPath(next)).toBeNull());

  it("builds the sign-in link with the way back, or the fallback", () => {
    expect(signInPath("en", "/en/admin/sources?q=ai", "/en/admin")).toBe(`/en/login?next=${encodeURIComponent("/en/admin/sources?q=ai")}`);
    expect(signInPath("zh", "//evil.example", "/zh/admin")).toBe(`/zh/login?next=${encodeURIComponent("/zh/admin")}`);
  });
});
