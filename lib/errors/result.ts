// The one result shape of server actions and mutations: { ok: true, …data } or
// { ok: false, code, message, fieldErrors?, conflict? } with the message in the reader's language.
import type { ErrorCode } from "./codes";
import type { AppError, MessageRef, MessageValues } from "./app-error";

export type AppFailure<F = Record<string, string>, C = unknown> = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: F;
  conflict?: C;
  lockedUntil?: string;
};

export type AppResult<T extends object = object, F = Record<string, string>, C = unknown> = ({ ok: true } & T) | AppFailure<F, C>;

export type Translate = (key: string, values?: MessageValues) => string;

export const translateRef = (t: Translate, ref: MessageRef | string): string => (typeof ref === "string" ? ref : t(ref.key, ref.values));

/** An AppError as the failure an action returns, its messages translated with `t` (the reader's language). */
export function toFailure<C>(error: AppError<C>, t: Translate): AppFailure<Record<string, string>, C> {
  const { fieldErrors, conflict, lockedUntil } = error.details;
  return {
    ok: false,
    code: error.code,
    message: translateRef(t, error.ref),
    ...(fieldErrors ? { fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, ref]) => [field, translateRef(t, ref)])) } : {}),
    ...(conflict !== undefined ? { conflict } : {}),
    ...(lockedUntil ? { lockedUntil } : {}),
  };
}
