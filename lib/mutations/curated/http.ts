import "server-only";
import type { MutationResult } from "./result";

const STATUS = { unauthorized: 401, forbidden: 403, invalid: 400, "not-found": 404, conflict: 409, duplicate: 409, busy: 503 } as const;

/** A mutation result as an HTTP response: 2xx on success, a 4xx with the reason and field errors otherwise. */
export function toResponse(result: MutationResult, okStatus = 200): Response {
  if (result.ok) return Response.json(result, { status: okStatus });
  // A busy database is temporary: say when to retry.
  return Response.json(result, { status: STATUS[result.code], headers: result.code === "busy" ? { "Retry-After": "2" } : undefined });
}
