import "server-only";
// The fixed order of every deck mutation: role check (re-read from the database) → strict validation → one
// transaction. Known failures come back as { ok: false, code, message, fieldErrors } in the reader's
// language; nothing is thrown to the client (no 500).
import type { z } from "zod";
import { PermissionError, requirePermission, type CurrentUser } from "../auth/current-user";
import type { Tx } from "../db-client";
import { fieldErrorKeys } from "../validations/decks";
import { translator, type DeckLocale, type Translate } from "./translate";
import { AppError } from "../errors/app-error";
import { toFailure } from "../errors/result";

import type { ActionFailure, ActionResult, FailureCode } from "../dto/decks";

export type { ActionFailure, ActionResult, FailureCode };

const MESSAGE_KEYS: Record<FailureCode, string> = {
  unauthorized: "decks.errors.unauthorized",
  forbidden: "decks.errors.forbidden",
  "not-owner": "decks.errors.notOwner",
  "restore-expired": "decks.errors.restoreExpired",
  invalid: "decks.errors.invalid",
  conflict: "decks.errors.conflict",
  "not-found": "decks.errors.notFound",
  "too-many-slides": "decks.errors.tooManySlides",
  internal: "decks.errors.generic",
};

const messageKey = (code: FailureCode, values: Record<string, string | number>) =>
  code === "conflict" && !values.by ? "decks.errors.conflictUnknown" : MESSAGE_KEYS[code];

/** Thrown inside a mutation to end it with a known failure (the transaction rolls back): an AppError with a decks.errors key. */
export class DeckFailure extends AppError {
  declare readonly code: FailureCode;
  constructor(
    code: FailureCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code, { key: messageKey(code, values), values });
  }
}

export function failure(
  t: Translate,
  code: FailureCode,
  values: Record<string, string | number> = {},
  fieldErrors: Record<string, string> = {},
): ActionFailure {
  return { ...toFailure(new DeckFailure(code, values), t), code, fieldErrors };
}

/**
 * Who changed a deck last and when (from the audit log, which every deck mutation writes), for the conflict
 * message; a deck that is gone is "not found" instead.
 */
export async function staleVersion(tx: Tx, deckId: string): Promise<DeckFailure> {
  const exists = await tx.deck.findUnique({ where: { id: deckId }, select: { deletedAt: true } });
  if (!exists || exists.deletedAt) return new DeckFailure("not-found");
  const last = await tx.auditLog.findFirst({
    where: { entityType: "Deck", entityId: deckId },
    orderBy: { createdAt: "desc" },
    select: { actorEmail: true, createdAt: true, actor: { select: { name: true } } },
  });
  if (!last) return new DeckFailure("conflict");
  const by = last.actor?.name ? `${last.actor.name} (${last.actorEmail ?? "?"})` : (last.actorEmail ?? "?");
  return new DeckFailure("conflict", { by, at: `${last.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC` });
}

export async function runDeckMutation<S extends z.ZodType, T extends object>(
  locale: DeckLocale,
  schema: S,
  raw: unknown,
  body: (input: z.infer<S>, user: CurrentUser, t: Translate) => Promise<T>,
): Promise<ActionResult<T>> {
  const t = translator(locale);
  let user: CurrentUser;
  try {
    user = await requirePermission("EDIT_DECKS");
  } catch (error) {
    // Deck wording for a refused role ("Editors and admins can"), same codes as everywhere.
    if (error instanceof PermissionError) return failure(t, error.status === 401 ? "unauthorized" : "forbidden");
    throw error;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const keys = fieldErrorKeys(parsed.error);
    const fieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t(`decks.fieldErrors.${key}`)]));
    return failure(t, "invalid", {}, fieldErrors);
  }
  try {
    return { ok: true, ...(await body(parsed.data, user, t)) };
  } catch (error) {
    if (error instanceof DeckFailure) return failure(t, error.code, error.values);
    console.error("deck mutation failed", error);
    return failure(t, "internal");
  }
}
