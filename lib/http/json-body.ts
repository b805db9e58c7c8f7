import "server-only";
// The front door of every cookie-authenticated JSON write (app/api/admin/records/**): where it comes from, who
// sends it, then what it carries, in that order, so that nothing is read from a foreign or anonymous request.
import { PermissionError, requirePermission, type CurrentUser } from "../auth/current-user";
import type { Permission } from "../auth/roles";
import { formatBytes, httpLocale, httpMessage, type HttpMessageKey } from "./messages";
import type { ErrorCode } from "../errors/codes";
import { failureResponse } from "../errors/http";
import { BodyTooLargeError, MAX_API_BODY_BYTES, declaredLength, isJsonContentType, isSameOriginWrite, readCapped } from "./request-guard";

export type JsonWrite = { ok: true; user: CurrentUser; body: unknown } | { ok: false; response: Response };

/** The status comes from the code (lib/errors/codes.ts); the message from the http catalog in the caller's language. */
const refuse = (req: Request, code: ErrorCode, key: HttpMessageKey, params: Record<string, string | number> = {}) =>
  ({ ok: false as const, response: failureResponse({ ok: false, code, message: httpMessage(key, httpLocale(req.headers), params) }) });

/**
 * 1. same origin (Origin / Sec-Fetch-Site) → 403; 2. signed in with `permission` → 401 / 403 (the body is not
 * read); 3. Content-Type exactly application/json → 415; 4. declared or streamed size within 1 MB → 413 (the
 * stream is cut at the limit, never read whole first); 5. valid JSON → 400.
 */
export async function readJsonWrite(req: Request, permission: Permission): Promise<JsonWrite> {
  if (!isSameOriginWrite(req.headers)) return refuse(req, "forbidden", "crossOrigin");
  let user: CurrentUser;
  try {
    user = await requirePermission(permission);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    return error.status === 401 ? refuse(req, "unauthorized", "unauthorized") : refuse(req, "forbidden", "forbidden");
  }
  if (!isJsonContentType(req.headers.get("content-type"))) return refuse(req, "unsupported-media-type", "notJson");
  const limit = { limit: formatBytes(MAX_API_BODY_BYTES) };
  const length = declaredLength(req.headers);
  if (length !== null && !(length <= MAX_API_BODY_BYTES)) return refuse(req, "too-large", "tooLarge", limit);
  let text: string;
  try {
    text = (await readCapped(req.body, MAX_API_BODY_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(req, "too-large", "tooLarge", limit);
    throw error;
  }
  try {
    return { ok: true, user, body: JSON.parse(text) };
  } catch {
    return refuse(req, "invalid", "invalidJson");
  }
}
