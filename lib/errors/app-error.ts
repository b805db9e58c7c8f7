// One error type for every write path (curation, users, decks, the HTTP guards): a code from lib/errors/codes.ts
// and a message *key* in the catalogs (messages/*/errors.json or a field namespace such as forms.errors), turned
// into text only when the answer is given, in the reader's language (lib/errors/result.ts, lib/errors/http.ts).
import type { ErrorCode } from "./codes";
import { errorTranslator } from "./translate";

export type MessageValues = Record<string, string | number>;
/** A catalog key (full path, e.g. "appErrors.curation.recordGone") and its values. */
export type MessageRef = { key: string; values?: MessageValues };

export type AppErrorDetails<C = unknown> = {
  /** Per field: a message key (translated when the answer is built) or a message already in the reader's language. */
  fieldErrors?: Record<string, MessageRef | string>;
  /** For "conflict": what the other person saved, to show beside the stale form. */
  conflict?: C;
  /** For "locked": until when (ISO). */
  lockedUntil?: string;
};

/** `message` is the English text (for logs and for callers that read `.message`); answers translate `ref`. */
export class AppError<C = unknown> extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Defaults to the code's own message (appErrors.codes.<code>). */
    readonly ref: MessageRef = { key: `appErrors.codes.${code}` },
    readonly details: AppErrorDetails<C> = {},
  ) {
    super(errorTranslator("en")(ref.key, ref.values));
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
