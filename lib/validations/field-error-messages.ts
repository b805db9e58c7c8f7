// The validation messages of the curated schemas (lib/validations/curated*.ts) and of the curation engine are
// written in English. The reader's language comes from the "forms.errors" catalog: each English entry is the
// template a message matches ("At most {max} characters." ↔ "At most 200 characters."), its Chinese entry
// says the same with the same values. tests/unit/form-labels.test.ts checks that every message the schemas give
// for bad input has an entry, so none reaches a Chinese reader in English.
// Only the forms catalog, not the whole one: this module runs in the browser.
import enForms from "../../messages/en/forms.json";
import zhForms from "../../messages/zh/forms.json";

type Template = { pattern: RegExp; names: string[]; key: string };

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

const templates: Template[] = Object.entries(enForms.forms.errors as Record<string, string>).map(([key, text]) => {
  const names: string[] = [];
  const source = text
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`), names, key };
});

/** The catalog entry an English message comes from, with its values; null for a message the catalog lacks. */
export function matchMessage(message: string): { key: string; values: Record<string, string> } | null {
  for (const t of templates) {
    const m = t.pattern.exec(message);
    if (m) return { key: t.key, values: Object.fromEntries(t.names.map((n, i) => [n, m[i + 1]])) };
  }
  return null;
}

/** The message in `locale` (English messages are returned as they are; unknown ones too). */
export function localizeMessage(message: string, locale: string): string {
  if (locale !== "zh") return message;
  const hit = matchMessage(message);
  if (!hit) return message;
  const zh = (zhForms.forms.errors as Record<string, string>)[hit.key];
  return zh.replace(/\{(\w+)\}/g, (_, name: string) => hit.values[name] ?? "");
}

export function localizeFieldErrors(errors: Record<string, string>, locale: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, localizeMessage(message, locale)]));
}
