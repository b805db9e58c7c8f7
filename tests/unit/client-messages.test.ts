// The locale layout sends client components only CLIENT_NAMESPACES. A client component that reads a namespace
// missing from that list would show message keys instead of text: this test reads every "use client" module and
// every module they import (transitively) and checks each namespace they ask for is sent.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/components/layout/client-messages";
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

/** Every module a browser can run: "use client" modules and what they import (type-only imports aside). */
function clientModules(): Map<string, string> {
  const all = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d)));
  const stack = all.filter((f) => /^["']use client["']/m.test(readFileSync(f, "utf8")));
  const seen = new Map<string, string>();
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const source = readFileSync(file, "utf8");
    seen.set(file, source);
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolveImport(m[1], file);
      if (target) stack.push(target);
    }
  }
  return seen;
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

const covered = (ns: string) => CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));

describe("messages sent to client components", () => {
  it("include every namespace a client module reads", () => {
    const missing: string[] = [];
    // The admin layout nests a provider with every catalog: modules only the admin area uses are covered by it.
    const adminOnly = (file: string) => /^(app\/\[locale\]\/admin|components\/(admin|audit))\//.test(path.relative(root, file));
    for (const [file, source] of clientModules()) {
      if (adminOnly(file)) continue;
      for (const ns of namespacesUsed(source)) if (!covered(ns)) missing.push(`${path.relative(root, file)}: ${ns}`);
    }
    expect(missing).toEqual([]);
  });

  it("leave out catalogs only server components read, in both languages", () => {
    for (const locale of ["en", "zh"] as const) {
      const sent = clientMessages(messages[locale]);
      expect(Object.keys(sent)).not.toContain("investment");
      expect(Object.keys(sent)).not.toContain("jurisdiction");
      expect(Object.keys(sent)).not.toContain("overview");
      expect(Object.keys(sent.trust as object).sort()).toEqual(["cite", "report"]);
      expect(sent.compare).toEqual(messages[locale].compare);
      expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messages[locale]).length * 0.8);
    }
  });
});
