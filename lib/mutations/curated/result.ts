// The shape every curation action returns (lib/errors/result.ts); errors are shown next to the fields or in a
// conflict panel. `fail`, `ErrorCode` and `MutationResult` are the names the CSV import and older callers use.
import type { ErrorCode as AppErrorCode } from "../../errors/codes";
import { normalizeCode } from "../../errors/codes";
import type { AppFailure, AppResult } from "../../errors/result";

export type ConflictInfo = {
  /** Who saved the version that is now current, and when. */
  by: string | null;
  at: string;
  currentVersion: number;
  /** Their version of the record, in the form's shape, to show beside yours. */
  theirs: Record<string, unknown>;
};

/** Alias of lib/errors/codes.ts ErrorCode (the curation codes were already spelled that way). */
export type ErrorCode = AppErrorCode;

export type MutationResult<T extends object = object> = AppResult<T, Record<string, string>, ConflictInfo>;

/**
 * Alias kept for callers written before lib/errors: a failure with a message already in the reader's language.
 * New code throws an AppError with a catalog key instead (see engine.ts).
 */
export const fail = (
  code: ErrorCode | "not_found",
  message: string,
  extra: { fieldErrors?: Record<string, string>; conflict?: ConflictInfo } = {},
): AppFailure<Record<string, string>, ConflictInfo> & { ok: false } => ({ ok: false as const, code: normalizeCode(code), message, ...extra });
