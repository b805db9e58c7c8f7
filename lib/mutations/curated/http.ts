import "server-only";
import type { MutationResult } from "./result";

const STATUS = { unauthorized: 401, forbidden: 403, invalid: 400, "not-found": 404, conflict: 409, duplicate: 409, busy: 503 } as const;

/** A mutation result as an HTTP response: 2xx on success, a 4xx with the reason and field errors otherwise. */
export function toResponse(result: MutationResult, okStatus = 200): Response {
  if (result.ok) return Response.json(result, { status: okStatus });
  // A busy database is temporary: say when to retry.
  return Response.json(result, { status: STATUS[result.code], headers: result.code === "busy" ? { "Retry-After": "2" } : undefined });
}

/** Reads a JSON body; anything else is a 400 with a clear message. */
export async function readJson(req: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  if (!req.headers.get("content-type")?.includes("application/json")) {
    return { ok: false, response: Response.json({ ok: false, code: "invalid", message: "Send JSON (Content-Type: application/json)." }, { status: 415 }) };
  }
  const text = await req.text();
  if (text.length > 1_000_000) return { ok: false, response: Response.json({ ok: false, code: "invalid", message: "Body larger than 1 MB." }, { status: 413 }) };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: Response.json({ ok: false, code: "invalid", message: "The body is not valid JSON." }, { status: 400 }) };
  }
}
