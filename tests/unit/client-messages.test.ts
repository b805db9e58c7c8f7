// The locale layout sends client components only SITE_NAMESPACES; the signed-in areas' layouts add their own
// (AREA_NAMESPACES). A client component that reads a namespace its page does not receive would show message keys
// instead of text: this test follows the imports of every route folder to the client modules it renders (and every
// module they import) and checks each namespace they ask for is sent to that folder's pages.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_NAMESPACES, SITE_NAMESPACES, clientMessages, type MessageArea } from "@/components/layout/client-messages";
import { messages } from "@/messages";

const root = path.resolve(import.meta.dirname, "../..");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return null;
}

const imports = (file: string, source: string) =>
  [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)]
    .map((m) => resolveImport(m[1], file))
    .filter((f): f is string => f !== null);

/** Every module reachable from `roots` by its (non-type) imports, with its source. */
function reachable(roots: string[]): Map<string, string> {
  const stack = [...roots];
  const seen = new Map<string, string>();
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const source = readFileSync(file, "utf8");
    seen.set(file, source);
    stack.push(...imports(file, source));
  }
  return seen;
}

/** Every module a browser can run: "use client" modules and what they import (type-only imports aside). */
function clientModules(): Map<string, string> {
  const all = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d)));
  return reachable(all.filter((f) => /^["']use client["']/m.test(readFileSync(f, "utf8"))));
}

/** Namespaces asked for: useTranslations("ns.sub"), and with useTranslations() the first segment of t("ns.key"). */
function namespacesUsed(source: string): string[] {
  const used: string[] = [];
  for (const m of source.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) {
    if (m[1]) used.push(m[1].split(".").slice(0, 2).join("."));
    else for (const k of source.matchAll(/\bt\(\s*[`"]([a-zA-Z]+)\./g)) used.push(k[1]);
  }
  return used;
}

const locale = path.join(root, "app/[locale]");
/** Each route folder, the files that render its pages, and the namespaces its pages' client components receive. */
const AREAS: { name: string; roots: string[]; sent: readonly string[] }[] = [
  {
    name: "public pages",
    roots: [...sourceFiles(path.join(locale, "(public)")), ...["layout.tsx", "not-found.tsx", "forbidden.tsx"].map((f) => path.join(locale, f))],
    sent: SITE_NAMESPACES,
  },
  ...(Object.keys(AREA_NAMESPACES) as MessageArea[]).map((area) => ({
    name: area,
    roots: sourceFiles(path.join(locale, area === "auth" ? "(auth)" : area)),
    sent: [...SITE_NAMESPACES, ...AREA_NAMESPACES[area]],
  })),
];

describe("messages sent to client components", () => {
  const client = clientModules();

  it.each(AREAS)("include every namespace a client module of the $name reads", ({ roots, sent }) => {
    const covered = (ns: string) => sent.some((c) => ns === c || ns.startsWith(`${c}.`));
    const missing: string[] = [];
    for (const [file, source] of reachable(roots)) {
      if (!client.has(file)) continue;
      for (const ns of namespacesUsed(source)) if (!covered(ns)) missing.push(`${path.relative(root, file)}: ${ns}`);
    }
    expect(missing).toEqual([]);
  });

  it("cover every route folder outside the admin area (which gets every catalog)", () => {
    const folders = readdirSync(locale).filter((name) => statSync(path.join(locale, name)).isDirectory());
    const coveredFolders = ["(public)", "(auth)", ...Object.keys(AREA_NAMESPACES), "admin"];
    expect(folders.filter((f) => !coveredFolders.includes(f))).toEqual([]);
  });

  it("leave out catalogs only server components or signed-in areas read, in both languages", () => {
    for (const locale of ["en", "zh"] as const) {
      const sent = clientMessages(messages[locale]);
      expect(Object.keys(sent)).not.toContain("investment");
      expect(Object.keys(sent)).not.toContain("jurisdiction");
      expect(Object.keys(sent)).not.toContain("overview");
      expect(Object.keys(sent)).not.toContain("decks");
      expect(Object.keys(sent)).not.toContain("users");
      expect(Object.keys(sent.trust as object).sort()).toEqual(["cite", "report"]);
      expect(sent.compare).toEqual(messages[locale].compare);
      expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messages[locale]).length * 0.5);
    }
  });
});
