// The shape every curation action returns; errors are shown next to the fields or in a conflict panel.
export type ConflictInfo = {
  /** Who saved the version that is now current, and when. */
  by: string | null;
  at: string;
  currentVersion: number;
  /** Their version of the record, in the form's shape, to show beside yours. */
  theirs: Record<string, unknown>;
};

// "busy": the database could not take the write in time (another writer held it); nothing changed, retry.
export type ErrorCode = "unauthorized" | "forbidden" | "invalid" | "conflict" | "not-found" | "duplicate" | "busy";

export type MutationResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string>; conflict?: ConflictInfo };

export const fail = (code: ErrorCode, message: string, extra: { fieldErrors?: Record<string, string>; conflict?: ConflictInfo } = {}) =>
  ({ ok: false as const, code, message, ...extra });
