import "server-only";
// The front door of every cookie-authenticated JSON write (app/api/admin/records/**): where it comes from, who
// sends it, then what it carries, in that order, so that nothing is read from a foreign or anonymous request.
import { PermissionError, requirePermission, type CurrentUser } from "../auth/current-user";
import type { Permission } from "../auth/roles";
import { formatBytes, httpLocale, httpMessage, type HttpMessageKey } from "./messages";
import { BodyTooLargeError, MAX_API_BODY_BYTES, declaredLength, isJsonContentType, isSameOriginWrite, readCapped } from "./request-guard";

export type JsonWrite = { ok: true; user: CurrentUser; body: unknown } | { ok: false; response: Response };

const refuse = (req: Request, status: number, code: string, key: HttpMessageKey, params: Record<string, string | number> = {}) =>
  ({ ok: false as const, response: Response.json({ ok: false, code, message: httpMessage(key, httpLocale(req.headers), params) }, { status }) });

/**
 * 1. same origin (Origin / Sec-Fetch-Site) → 403; 2. signed in with `permission` → 401 / 403 (the body is not
 * read); 3. Content-Type exactly application/json → 415; 4. declared or streamed size within 1 MB → 413 (the
 * stream is cut at the limit, never read whole first); 5. valid JSON → 400.
 */
export async function readJsonWrite(req: Request, permission: Permission): Promise<JsonWrite> {
  if (!isSameOriginWrite(req.headers)) return refuse(req, 403, "forbidden", "crossOrigin");
  let user: CurrentUser;
  try {
    user = await requirePermission(permission);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    return error.status === 401 ? refuse(req, 401, "unauthorized", "unauthorized") : refuse(req, 403, "forbidden", "forbidden");
  }
  if (!isJsonContentType(req.headers.get("content-type"))) return refuse(req, 415, "invalid", "notJson");
  const limit = { limit: formatBytes(MAX_API_BODY_BYTES) };
  const length = declaredLength(req.headers);
  if (length !== null && !(length <= MAX_API_BODY_BYTES)) return refuse(req, 413, "invalid", "tooLarge", limit);
  let text: string;
  try {
    text = (await readCapped(req.body, MAX_API_BODY_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(req, 413, "invalid", "tooLarge", limit);
    throw error;
  }
  try {
    return { ok: true, user, body: JSON.parse(text) };
  } catch {
    return refuse(req, 400, "invalid", "invalidJson");
  }
}
