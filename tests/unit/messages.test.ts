import { describe, expect, it } from "vitest";
import { messages } from "@/messages";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogs", () => {
  it("have the same keys in English and Chinese, so no string falls back untranslated", () => {
    expect(keys(messages.zh).sort()).toEqual(keys(messages.en).sort());
  });
  it("have no empty strings", () => {
    for (const locale of ["en", "zh"] as const) {
      const empty = keys(messages[locale]).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages[locale]) === "");
      expect(empty).toEqual([]);
    }
  });
});
