// Whether .next/ was built from the current sources: `npm start` builds only when not (scripts/start.ts), and the
// test run marks the build its browser stage just made as current, so that the scale-out test's `npm start`s
// reuse it instead of building again (scripts/test.sh).
// Usage: tsx scripts/scale/build-stamp.ts mark
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../../lib/db-url";

const BUILD_INPUTS = [
  "app",
  "components",
  "i18n",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const stampFile = path.join(projectRoot, ".next", "govatlas-sources.sha256");

export function hashSources(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(path.relative(projectRoot, p)).update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(projectRoot, input));
  return hash.digest("hex");
}

export function isBuildCurrent(sources = hashSources()): boolean {
  return existsSync(path.join(projectRoot, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sources;
}

export function markBuildCurrent(sources = hashSources()): void {
  writeFileSync(stampFile, sources);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] !== "mark") {
    console.error("usage: tsx scripts/scale/build-stamp.ts mark");
    process.exit(2);
  }
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    console.error("build-stamp: no build in .next/ to mark");
    process.exit(1);
  }
  markBuildCurrent();
}
