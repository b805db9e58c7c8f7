// Every npm script that names a file of this repository must name one that exists: `npm run db:seed` once pointed at
// a seed/seed.ts that had been removed, and nothing noticed until a reader ran it.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const fileArguments = (command: string) => command.split(/\s+/).filter((word) => /^[\w./-]+\.(ts|sh|mjs|js)$/.test(word));

describe("package.json scripts", () => {
  it("name at least one repository file (the check below has something to check)", () => {
    expect(Object.values(scripts).flatMap(fileArguments).length).toBeGreaterThan(10);
  });

  it.each(Object.entries(scripts).filter(([, command]) => fileArguments(command).length > 0))("%s runs files that exist", (_name, command) => {
    expect(fileArguments(command).filter((file) => !existsSync(file))).toEqual([]);
  });
});
