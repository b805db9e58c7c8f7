// Messages of the HTTP boundary (refused methods, origins, sizes, bodies) in the caller's language, for answers
// given outside a page: by the production server before Next, and by the JSON route handlers.
import en from "../../messages/en/http.json";
import zh from "../../messages/zh/http.json";

export type HttpMessageKey = keyof typeof en.http;
type HeaderBag = { get(name: string): string | null };

/** zh when the path, the locale cookie or (failing both) Accept-Language asks for it; else en. */
export function httpLocale(headers: HeaderBag, path = ""): "en" | "zh" {
  if (/^\/zh(?:\/|$|\?)/.test(path)) return "zh";
  if (/^\/en(?:\/|$|\?)/.test(path)) return "en";
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(headers.get("cookie") ?? "")?.[1];
  if (cookie === "zh" || cookie === "en") return cookie;
  return /^\s*zh\b/i.test(headers.get("accept-language") ?? "") ? "zh" : "en";
}

export function httpMessage(key: HttpMessageKey, locale: "en" | "zh", params: Record<string, string | number> = {}): string {
  const template = (locale === "zh" ? zh : en).http[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** 1048576 → "1 MB", 65536 → "64 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
