// Every option of every curation form reads as words in both languages, and every validation message the
// schemas and the curation engine can give has a Chinese version. Adding an enum value or a message without
// its labels fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messages } from "@/messages";
import { CURATED_SCHEMAS, ENTITY_NAMES } from "@/lib/validations/curated";
import { FORM_FIELDS } from "@/lib/validations/curated-forms";
import { localizeMessage, matchMessage } from "@/lib/validations/field-error-messages";

function lookup(catalog: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, p) => (o && typeof o === "object" ? (o as Record<string, unknown>)[p] : undefined), catalog);
}

/** The values of the enum inside a field's schema (through optional / default / pipe / union wrappers). */
function enumValues(schema: z.ZodType): string[] | null {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case "enum":
      return Object.values(def.entries as Record<string, string>);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return enumValues(def.innerType as z.ZodType);
    case "pipe":
      return enumValues(def.in as z.ZodType) ?? enumValues(def.out as z.ZodType);
    case "union":
      for (const option of def.options as z.ZodType[]) {
        const values = enumValues(option);
        if (values) return values;
      }
      return null;
    default:
      return null;
  }
}

const HAN = /\p{Script=Han}/u;

describe("curation form option labels", () => {
  for (const entity of ENTITY_NAMES) {
    it(`${entity}: every enum of the schema is a select whose every option has an English and a Chinese label`, () => {
      const shape = (CURATED_SCHEMAS[entity] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      const enums = Object.entries(shape)
        .map(([name, s]) => [name, enumValues(s)] as const)
        .filter((e): e is readonly [string, string[]] => e[1] !== null);
      for (const [name, values] of enums) {
        const field = FORM_FIELDS[entity].find((f) => f.name === name);
        expect(field?.kind, `${entity}.${name} is shown as a select`).toBe("select");
        if (field?.kind !== "select") continue;
        expect([...field.options].sort(), `${entity}.${name}: the form offers the schema's values`).toEqual([...values].sort());
        for (const value of values) {
          const en = lookup(messages.en, `${field.labels}.${value}`);
          const zh = lookup(messages.zh, `${field.labels}.${value}`);
          expect(typeof en === "string" && en.length > 0 && en !== value, `English label of ${entity}.${name} = ${value} (${field.labels})`).toBe(true);
          expect(typeof zh === "string" && HAN.test(zh), `Chinese label of ${entity}.${name} = ${value} (${field.labels})`).toBe(true);
        }
      }
    });
  }

  it("checks the enums of the figure form (the checks above are not vacuous)", () => {
    const selects = FORM_FIELDS.investmentFigures.filter((f) => f.kind === "select").map((f) => f.name);
    expect(selects).toEqual(["actorType", "category", "funding", "qualifier", "periodType", "kind", "confidence"]);
  });

  it("fails for a value without a label (the check above is not vacuous)", () => {
    expect(lookup(messages.zh, "forms.options.qualifier.NOT_A_VALUE")).toBeUndefined();
    expect(lookup(messages.zh, "forms.options.qualifier.MORE_THAN")).toBe("超过");
    expect(lookup(messages.en, "investment.actorTypes.GOVERNMENT")).toBe("Government");
  });

  it("gives every entity's form a 'last checked' control and the figure form amount fields with units", () => {
    for (const entity of ENTITY_NAMES) {
      const shape = (CURATED_SCHEMAS[entity] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      if ("lastCheckedOn" in shape) expect(FORM_FIELDS[entity].find((f) => f.name === "lastCheckedOn")?.kind, entity).toBe("lastChecked");
    }
    expect(FORM_FIELDS.investmentFigures.filter((f) => f.kind === "amount").map((f) => f.name)).toEqual(["amount", "amountLow", "amountHigh"]);
  });
});

describe("validation messages in both languages", () => {
  // Every message literal in the schemas; `${…}` becomes a sample value. (The engine's own messages, e.g.
  // "Unknown source: S9.", have catalog entries too, checked below by example.)
  const files = ["lib/validations/curated.ts", "lib/validations/curated-fields.ts"];
  const literals = files.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const quoted = [...source.matchAll(/"([A-Z][^"\n]*[a-z0-9)”][.])"/g)].map((m) => m[1]);
    const templated = [...source.matchAll(/`([A-Z][^`\n]*[.])`/g)].map((m) => m[1].replace(/\$\{[^}]+\}/g, "7"));
    return [...quoted, ...templated].map((text) => ({ file, text }));
  });

  it("finds the messages to check", () => {
    expect(literals.length).toBeGreaterThan(45);
  });

  it("has a Chinese version of every message", () => {
    const missing = literals.filter(({ text }) => !matchMessage(text)).map(({ file, text }) => `${file}: ${text}`);
    expect(missing).toEqual([]);
    for (const { text } of literals) expect(localizeMessage(text, "zh"), text).toMatch(HAN);
  });

  it("gives the schemas' actual messages in Chinese with their values", () => {
    const parsed = CURATED_SCHEMAS.investmentFigures.safeParse({ slug: "X", actorName: "a".repeat(201) });
    expect(parsed.success).toBe(false);
    const texts = parsed.error!.issues.map((i) => localizeMessage(i.message, "zh"));
    expect(texts).toContain("最多 200 个字符。");
    expect(texts).toContain("只能使用小写字母、数字和单个连字符（例如 eu-ai-act）。");
    expect(localizeMessage("At most 200 characters.", "en")).toBe("At most 200 characters.");
    expect(localizeMessage("Unknown source: S9, S10.", "zh")).toBe("未知来源：S9, S10。");
    expect(localizeMessage("Someone else saved this record after you opened it.", "zh")).toBe("在您打开此记录后，其他人保存了它。");
  });
});
