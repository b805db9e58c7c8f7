// The one list of error codes (one spelling: kebab-case) and the one HTTP status each maps to. No server-only
// imports: client components compare codes, and the production server (scripts/serve.ts) answers with them
// before Next.js runs. tests/unit/app-errors.test.ts fails when a code lacks a status or a message.
export const ERROR_STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  /** Signed in with the right role, but the thing belongs to someone else (a deck). */
  "not-owner": 403,
  "not-found": 404,
  "method-not-allowed": 405,
  "length-required": 411,
  conflict: 409,
  duplicate: 409,
  /** The change would leave the site without an active admin. */
  "last-admin": 409,
  "too-many-slides": 409,
  /** Deleted longer ago than the restore window. */
  "restore-expired": 410,
  "too-large": 413,
  "unsupported-media-type": 415,
  /** Too many wrong attempts; the failure says until when. */
  locked: 429,
  internal: 500,
  /** The database could not take the write in time (another writer held it); nothing changed, retry. */
  busy: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Seconds a client should wait before retrying a busy answer (the Retry-After header). */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);

/** Spellings used before the codes were unified (still accepted by the old helpers, never produced). */
const LEGACY: Record<string, ErrorCode> = { not_found: "not-found", last_admin: "last-admin", error: "internal" };
export const normalizeCode = (code: string): ErrorCode => (isErrorCode(code) ? code : (LEGACY[code] ?? "internal"));
