// The one mapping from an error to an HTTP answer for route handlers: status from the code
// (lib/errors/codes.ts), Retry-After for "busy", JSON body { ok: false, code, message, fieldErrors?, conflict? }.
import { BUSY_RETRY_AFTER_SECONDS, ERROR_STATUS } from "./codes";
import type { AppError } from "./app-error";
import { toFailure, type AppFailure, type AppResult } from "./result";
import { errorTranslator, type ErrorLocale } from "./translate";

export function failureResponse(failure: AppFailure<unknown, unknown>): Response {
  const headers: Record<string, string> = failure.code === "busy" ? { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } : {};
  return Response.json(failure, { status: ERROR_STATUS[failure.code], headers });
}

/** A mutation result as an HTTP response: `okStatus` with the data on success, the failure's status otherwise. */
export function resultResponse(result: AppResult<object, unknown, unknown>, okStatus = 200): Response {
  return result.ok ? Response.json(result, { status: okStatus }) : failureResponse(result);
}

export function errorResponse(error: AppError, locale: ErrorLocale): Response {
  return failureResponse(toFailure(error, errorTranslator(locale)));
}
