import "server-only";
import { randomBytes } from "node:crypto";
import type { ZodError } from "zod";
import { db } from "../db";
import { writeTransaction } from "../db-write";
import type { Tx } from "../db-client";
import { getCurrentUser, PermissionError, requirePermission, type CurrentUser } from "../auth/current-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { accountKey, clearKey, lockIfFull, releaseReservation, reserveLockedKey, THROTTLE } from "../auth/throttle";
import { revokeUserSessions } from "../auth/sessions";
import { toUserDto, userSelect } from "../queries/users";
import type { LastChange, UserDto, UserSnapshot } from "../dto/users";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  GENERATE_PASSWORD,
  resetPasswordSchema,
  toFieldErrors,
  unknownFields,
  updateUserSchema,
  type FieldErrors,
} from "../validations/users";
import { writeAudit } from "./write-audit";
import type { ErrorCode } from "../errors/codes";
import type { AppFailure } from "../errors/result";
import type { MessageRef } from "../errors/app-error";
import { errorTranslator } from "../errors/translate";
import { requestLocale } from "../errors/request-locale";

export type UserErrorCode = Extract<ErrorCode, "unauthorized" | "forbidden" | "invalid" | "not-found" | "conflict" | "last-admin" | "locked">;

/** For code "conflict": who saved last, and the stored values to show beside the stale form's values. */
export type UserConflict = { lastChange: LastChange; current: UserSnapshot | null };

/**
 * The one failure shape (lib/errors/result.ts). Field errors stay message keys of `users.errors` (the forms show
 * them in the page's language); `message` is in the request's language. For "locked", `lockedUntil` (ISO).
 */
export type UserFailure = AppFailure<FieldErrors, UserConflict> & { code: UserErrorCode; fieldErrors: FieldErrors };
export type UserResult<T extends object> = ({ ok: true } & T) | UserFailure;

/** Request facts the server action knows and the mutation records (tests pass them directly). */
export type MutationContext = { ip?: string | null };

const msg = (key: string, values?: MessageRef["values"]): MessageRef => ({ key: `appErrors.${key}`, values });

async function fail(
  code: UserErrorCode,
  ref: MessageRef,
  fieldErrors: FieldErrors = {},
  extra: Pick<UserFailure, "conflict" | "lockedUntil"> = {},
): Promise<UserFailure> {
  const t = errorTranslator(await requestLocale());
  return { ok: false, code, message: t(ref.key, ref.values), fieldErrors, ...extra };
}

function refusal(error: unknown): Promise<UserFailure> {
  if (error instanceof PermissionError) return fail(error.code as "unauthorized" | "forbidden", error.ref);
  throw error;
}

async function authorizeAdmin(): Promise<CurrentUser | UserFailure> {
  try {
    return await requirePermission("MANAGE_USERS");
  } catch (error) {
    return refusal(error);
  }
}

function invalid(error: ZodError): Promise<UserFailure> {
  const unknown = unknownFields(error);
  return fail("invalid", unknown.length > 0 ? msg("users.unknownFields", { fields: unknown.join(", ") }) : msg("users.invalid"), toFieldErrors(error));
}

const prismaCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** 24 URL-safe characters (144 bits); shown to the admin once, never stored in clear. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

const isFailure = (v: CurrentUser | UserFailure): v is UserFailure => "ok" in v;

export async function createUser(input: unknown, ctx: MutationContext = {}): Promise<UserResult<{ user: UserDto; generatedPassword: string | null }>> {
  const actor = await authorizeAdmin();
  if (isFailure(actor)) return actor;
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { password, ...data } = parsed.data;
  const generatedPassword = password === GENERATE_PASSWORD ? generatePassword() : null;
  const passwordHash = await hashPassword(generatedPassword ?? password);
  try {
    const user = await writeTransaction(async (tx) => {
      const created = await tx.user.create({ data: { ...data, passwordHash }, select: userSelect });
      await writeAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        ip: ctx.ip,
        detail: { email: created.email, name: created.name, role: created.role, passwordGenerated: !!generatedPassword },
      });
      return created;
    });
    return { ok: true, user: toUserDto(user), generatedPassword };
  } catch (error) {
    if (prismaCode(error) === "P2002") {
      return fail("invalid", msg("users.emailTaken"), { email: ["emailTaken"] });
    }
    throw error;
  }
}

async function lastChangeOf(tx: Tx, userId: string, fallbackAt: Date | null): Promise<LastChange> {
  const entry = await tx.auditLog.findFirst({
    where: { entityType: "User", entityId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorEmail: true, createdAt: true, action: true },
  });
  return {
    by: entry?.actorEmail ?? null,
    at: (entry?.createdAt ?? fallbackAt)?.toISOString() ?? null,
    action: entry?.action ?? null,
  };
}

type UpdateOutcome =
  | { kind: "ok" | "unchanged" }
  | { kind: "not-found" }
  | { kind: "conflict"; current: UserSnapshot | null; lastChange: LastChange }
  | { kind: "last-admin"; self: boolean };

const snapshotSelect = { email: true, role: true, active: true, name: true, version: true, updatedAt: true } as const;

export async function updateUser(input: unknown, ctx: MutationContext = {}): Promise<UserResult<{ user: UserDto; changed: boolean }>> {
  const actor = await authorizeAdmin();
  if (isFailure(actor)) return actor;
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, version, ...changes } = parsed.data;

  let outcome: UpdateOutcome;
  try {
    outcome = await writeTransaction(
      async (tx): Promise<UpdateOutcome> => {
        const current = await tx.user.findUnique({ where: { id }, select: snapshotSelect });
        if (!current) return { kind: "not-found" };
        const stale = async (): Promise<UpdateOutcome> => {
          const now = await tx.user.findUnique({ where: { id }, select: snapshotSelect });
          const snapshot = now && { role: now.role, active: now.active, name: now.name, version: now.version };
          return { kind: "conflict", current: snapshot, lastChange: await lastChangeOf(tx, id, now?.updatedAt ?? null) };
        };
        if (current.version !== version) return stale();

        const next = { role: changes.role ?? current.role, active: changes.active ?? current.active, name: changes.name ?? current.name };
        const nameChanged = next.name !== current.name;
        if (next.role === current.role && next.active === current.active && !nameChanged) return { kind: "unchanged" };

        // Never leave the site without an active admin (only an admin can get here, so the last one is the actor).
        if (current.role === "ADMIN" && current.active && (next.role !== "ADMIN" || !next.active)) {
          const otherAdmins = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: id } } });
          if (otherAdmins === 0) return { kind: "last-admin", self: id === actor.id };
        }

        const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...next, version: { increment: 1 } } });
        if (count === 0) return stale();
        // A new role or a deactivation ends the user's sessions: they sign in again under the new rules.
        const roleChanged = next.role !== current.role;
        const deactivated = current.active && !next.active;
        const sessionsEnded = roleChanged || deactivated ? await revokeUserSessions(tx, id, deactivated ? "deactivated" : "role-change") : 0;
        const pick = (v: { role: string; active: boolean; name: string }) => ({ role: v.role, active: v.active, ...(nameChanged ? { name: v.name } : {}) });
        await writeAudit(tx, {
          actorId: actor.id,
          actorEmail: actor.email,
          action: "user.update",
          entityType: "User",
          entityId: id,
          ip: ctx.ip,
          detail: { email: current.email, before: pick(current), after: pick(next), sessionsEnded },
        });
        return { kind: "ok" };
      },
      // Serializable so that two admins demoting each other at once cannot both pass the last-admin check.
      { isolationLevel: "Serializable" },
    );
  } catch (error) {
    // PostgreSQL aborts one of two clashing serializable transactions; treat it like a stale form.
    if (prismaCode(error) !== "P2034") throw error;
    outcome = { kind: "conflict", current: null, lastChange: { by: null, at: null, action: null } };
  }

  switch (outcome.kind) {
    case "not-found":
      return fail("not-found", msg("users.notFound"));
    case "last-admin":
      return fail("last-admin", msg(outcome.self ? "users.lastAdminSelf" : "users.lastAdmin"));
    case "conflict": {
      const { by, at } = outcome.lastChange;
      const who = by ?? errorTranslator(await requestLocale())("appErrors.users.someoneElse");
      return fail(
        "conflict",
        at ? msg("users.conflictAt", { by: who, at }) : msg("users.conflict", { by: who }),
        {},
        {
          conflict: { lastChange: outcome.lastChange, current: outcome.current },
        },
      );
    }
  }
  const user = await db().user.findUniqueOrThrow({ where: { id }, select: userSelect });
  return { ok: true, user: toUserDto(user), changed: outcome.kind === "ok" };
}

export async function resetPassword(input: unknown, ctx: MutationContext = {}): Promise<UserResult<{ generatedPassword: string | null }>> {
  const actor = await authorizeAdmin();
  if (isFailure(actor)) return actor;
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, password } = parsed.data;
  const generatedPassword = password === GENERATE_PASSWORD ? generatePassword() : null;
  const passwordHash = await hashPassword(generatedPassword ?? password);
  const found = await writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true } });
    if (!user) return false;
    await tx.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    // A reset is how an admin helps a locked-out user: lift the account's delay and its per-address locks too.
    await tx.loginThrottle.deleteMany({
      where: { OR: [{ key: accountKey(user.email) }, { key: { startsWith: "pair:", endsWith: `|${user.email}` } }] },
    });
    const sessionsEnded = await revokeUserSessions(tx, id, "password-reset");
    await writeAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "user.password.reset",
      entityType: "User",
      entityId: id,
      ip: ctx.ip,
      detail: { email: user.email, passwordGenerated: !!generatedPassword, sessionsEnded },
    });
    return true;
  });
  if (!found) return fail("not-found", msg("users.notFound"));
  return { ok: true, generatedPassword };
}

const passwordChangeKey = (userId: string) => `pwchange:${userId}`;

/** Any signed-in user changes their own password, proving the current one (wrong guesses are throttled). */
export async function changeOwnPassword(input: unknown, ctx: MutationContext = {}): Promise<UserResult<object>> {
  const actor = await getCurrentUser();
  if (!actor) return refusal(new PermissionError(401));
  const parsed = changeOwnPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const client = db();
  const key = passwordChangeKey(actor.id);
  const audit = { actorId: actor.id, actorEmail: actor.email, entityType: "User", entityId: actor.id, ip: ctx.ip };

  // Reserve the attempt before the (deliberately slow) verification, so that parallel guesses cannot outrun the lock.
  const reserved = await reserveLockedKey(client, key, THROTTLE.passwordChange);
  if (!reserved.ok) {
    await writeAudit(client, { ...audit, action: "user.password.change.locked" });
    const until = reserved.until ?? new Date(Date.now() + THROTTLE.passwordChange.lockMs);
    return fail("locked", msg("users.locked", { until: until.toISOString() }), {}, { lockedUntil: until.toISOString() });
  }
  const row = await client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    await lockIfFull(client, key, reserved.failures, THROTTLE.passwordChange);
    await writeAudit(client, { ...audit, action: "user.password.change.failure" });
    return fail("invalid", msg("users.wrongPassword"), { currentPassword: ["wrongPassword"] });
  }
  await releaseReservation(client, key);
  const passwordHash = await hashPassword(newPassword);
  await client.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    // Every session of this user ends, this one included: whoever else held one is out.
    const sessionsEnded = await revokeUserSessions(tx, actor.id, "password-change");
    await writeAudit(tx, { ...audit, action: "user.password.change", detail: { sessionsEnded } });
  });
  await clearKey(client, key);
  return { ok: true };
}
