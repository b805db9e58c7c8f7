// Every option of every curation form reads as words in both languages, and every validation message the
// schemas and the curation engine can give has a Chinese version. Adding an enum value or a message without
// its labels fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messages } from "@/messages";
import { CURATED_SCHEMAS, ENTITY_NAMES } from "@/lib/validations/curated";
import { FORM_FIELDS } from "@/lib/validations/curated-forms";
import { fieldErrors } from "@/lib/validations/curated";
import { formErrorText, isFormErrorKey } from "@/lib/errors/field-messages";

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
  // The schemas give catalog keys of forms.errors as zod messages (error: "required", .max(n, "tooLong"),
  // message: "beforeAdoption" …): every key they use must be in the catalog, else the reader sees the generic
  // "invalid" instead of the real reason.
  const files = ["lib/validations/curated.ts", "lib/validations/curated-fields.ts"];
  const keys = files.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const patterns = [/(?:error|message):\s*"([a-z]\w*)"/g, /message: [^"\n]*\? "([a-z]\w*)" : "([a-z]\w*)"/g, /,\s*"([a-z]\w*)"\)/g, /\.int\("([a-z]\w*)"\)/g];
    return patterns.flatMap((re) => [...source.matchAll(re)].flatMap((m) => m.slice(1))).map((key) => ({ file, key }));
  });

  it("finds the message keys to check", () => {
    expect(keys.length).toBeGreaterThan(45);
  });

  it("uses only keys the catalog has", () => {
    expect(keys.filter(({ key }) => !isFormErrorKey(key)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
    expect(isFormErrorKey("notAKey")).toBe(false);
  });

  it("has every field message in English and Chinese with the same placeholders", () => {
    const en = messages.en.forms.errors as Record<string, string>;
    const zh = messages.zh.forms.errors as Record<string, string>;
    const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(typeof zh[key] === "string" && HAN.test(zh[key]), `Chinese forms.errors.${key}`).toBe(true);
      expect(names(zh[key]), `placeholders of forms.errors.${key}`).toEqual(names(text));
    }
  });

  it("gives the schemas' actual messages in Chinese with their values", () => {
    const parsed = CURATED_SCHEMAS.investmentFigures.safeParse({ slug: "x-", actorName: "a".repeat(201), sourceKeys: ["S1"], bogus: 1 });
    expect(parsed.success).toBe(false);
    const zh = fieldErrors(parsed.error!, "zh");
    expect(zh.actorName).toBe("最多 200 个字符。");
    expect(zh.slug).toBe("只能使用小写字母、数字和单个连字符（例如 eu-ai-act）。");
    expect(zh.bogus).toBe("未知字段：bogus。");
    expect(fieldErrors(parsed.error!).actorName).toBe("At most 200 characters.");
    expect(formErrorText("zh", { key: "forms.errors.unknownSource", values: { keys: "S9, S10" } })).toBe("未知来源：S9, S10。");
    const cite = CURATED_SCHEMAS.milestones.safeParse({ instrumentSlug: "eu-ai-act", date: "2024-08-01", labelEn: "x", sourceKeys: [], supersededNoteEn: "x" });
    expect(fieldErrors(cite.error!, "zh")).toEqual({ supersededOn: "被取代的里程碑需要填写被取代的日期。" });
  });
});
