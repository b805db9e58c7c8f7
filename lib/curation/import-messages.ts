// The import's own messages (file and row problems) in the caller's language, for answers given outside a page
// component: the server action, the JSON API. Plain {name} placeholders only.
import en from "../../messages/en/import.json";
import zh from "../../messages/zh/import.json";

export type ImportMessageKey = keyof typeof en.import.errors;
export type ImportLocale = "en" | "zh";

export function importMessage(key: ImportMessageKey, locale: ImportLocale, params: Record<string, string | number> = {}): string {
  const template = (locale === "zh" ? zh : en).import.errors[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
