// What a reader sees never shows a message's raw ICU placeholder ("Level {level} on a scale of {min}–{max}" as a
// table heading): every public page, in both languages, read as a visitor gets it (the server's HTML, including
// closed disclosures and data tables), with code samples aside (the API page documents paths like /figures/{id}).
import { describe, expect, it } from "vitest";
import { baseURL } from "./browser";

const PAGES = [
  "",
  "/investment",
  "/compare",
  "/timeline",
  "/map",
  "/jurisdictions",
  "/jurisdictions/eu",
  "/jurisdictions/us",
  "/jurisdictions/cn",
  "/jurisdictions/us-ca",
  "/sources",
  "/methodology",
  "/changes",
  "/developers",
];

/** Unformatted placeholders in the page's visible text and attributes (scripts, styles and code samples removed). */
export function rawPlaceholders(html: string): string[] {
  const shown = html.replace(/<(script|style|pre|code)\b[^>]*>[\s\S]*?<\/\1>/g, "");
  return [...shown.matchAll(/[^>"]{0,40}\{[a-zA-Z][a-zA-Z0-9]*(?:,[^}]*)?\}[^<"]{0,20}/g)].map((m) => m[0]);
}

describe("rendered text", () => {
  it.each(["en", "zh"])("has no raw message placeholder on any public page (%s)", async (locale) => {
    const found: string[] = [];
    for (const page of PAGES) {
      const res = await fetch(`${baseURL()}/${locale}${page}`);
      expect(res.status, `/${locale}${page}`).toBe(200);
      for (const text of rawPlaceholders(await res.text())) found.push(`/${locale}${page}: ${text}`);
    }
    expect(found).toEqual([]);
  });
});
