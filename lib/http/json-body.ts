import "server-only";
// The front door of every cookie-authenticated write with a body (app/api/admin/records/** as JSON,
// app/api/admin/import/** as CSV): where it comes from, who sends it, then what it carries, in that order, so that
// nothing is read from a foreign or anonymous request.
import { PermissionError, requirePermission, type CurrentUser } from "../auth/current-user";
import type { Permission } from "../auth/roles";
import { formatBytes, httpLocale, httpMessage, type HttpMessageKey } from "./messages";
import type { ErrorCode } from "../errors/codes";
import { failureResponse } from "../errors/http";
import { BodyTooLargeError, MAX_API_BODY_BYTES, declaredLength, hasContentType, isJsonContentType, isSameOriginWrite, readCapped } from "./request-guard";

export type JsonWrite = { ok: true; user: CurrentUser; body: unknown } | { ok: false; response: Response };
export type TextWrite = { ok: true; user: CurrentUser; text: string } | { ok: false; response: Response };

/** The status comes from the code (lib/errors/codes.ts); the message from the http catalog in the caller's language. */
const refuse = (req: Request, code: ErrorCode, key: HttpMessageKey, params: Record<string, string | number> = {}) => ({
  ok: false as const,
  response: failureResponse({ ok: false, code, message: httpMessage(key, httpLocale(req.headers), params) }),
});

/**
 * 1. same origin (Origin / Sec-Fetch-Site) → 403; 2. signed in with `permission` → 401 / 403 (the body is not
 * read); 3. Content-Type exactly application/json → 415; 4. declared or streamed size within 1 MB → 413 (the
 * stream is cut at the limit, never read whole first); 5. valid JSON → 400.
 */
export async function readJsonWrite(req: Request, permission: Permission): Promise<JsonWrite> {
  const read = await readWrite(req, permission, { accepts: isJsonContentType, wrongType: "notJson", maxBytes: MAX_API_BODY_BYTES });
  if (!read.ok) return read;
  try {
    return { ok: true, user: read.user, body: JSON.parse(read.text) };
  } catch {
    return refuse(req, "invalid", "invalidJson");
  }
}

/** Exactly `text/csv` (parameters such as charset allowed). */
export const isCsvContentType = (value: string | null): boolean => hasContentType(value, "text/csv");

/** The same checks for a CSV body (Content-Type text/csv → else 415) of at most `maxBytes` (→ 413). */
export function readCsvWrite(req: Request, permission: Permission, maxBytes: number): Promise<TextWrite> {
  return readWrite(req, permission, { accepts: isCsvContentType, wrongType: "notCsv", maxBytes });
}

type BodyRule = { accepts: (contentType: string | null) => boolean; wrongType: HttpMessageKey; maxBytes: number };

async function readWrite(req: Request, permission: Permission, rule: BodyRule): Promise<TextWrite> {
  if (!isSameOriginWrite(req.headers)) return refuse(req, "forbidden", "crossOrigin");
  let user: CurrentUser;
  try {
    user = await requirePermission(permission);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    return error.status === 401 ? refuse(req, "unauthorized", "unauthorized") : refuse(req, "forbidden", "forbidden");
  }
  if (!rule.accepts(req.headers.get("content-type"))) return refuse(req, "unsupported-media-type", rule.wrongType);
  const limit = { limit: formatBytes(rule.maxBytes) };
  const length = declaredLength(req.headers);
  if (length !== null && !(length <= rule.maxBytes)) return refuse(req, "too-large", "tooLarge", limit);
  try {
    return { ok: true, user, text: (await readCapped(req.body, rule.maxBytes)).toString("utf8") };
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(req, "too-large", "tooLarge", limit);
    throw error;
  }
}
