// The page (app/globals.css) and every drawing (lib/charts/font.ts) name the same fonts, in the same order: a chart's
// Chinese labels use the page's font, and both name a CJK family that Linux, Android, iOS/macOS and Windows have.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FONT_FAMILY } from "@/lib/charts/font";

const families = (stack: string) => stack.split(",").map((f) => f.trim().replace(/^["']|["']$/g, ""));
const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");

describe("font stack", () => {
  it("is the same on the page and in the drawings", () => {
    const page = families(/--font-sans:\s*([^;]+);/.exec(css)![1]);
    expect(page.filter((f) => f !== "ui-sans-serif")).toEqual(families(FONT_FAMILY));
  });

  it("names a Chinese family for each platform before the generic fallback", () => {
    const list = families(FONT_FAMILY);
    for (const f of ["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Droid Sans Fallback"]) expect(list.indexOf(f)).toBeGreaterThan(-1);
    expect(list.at(-1)).toBe("sans-serif");
  });
});
