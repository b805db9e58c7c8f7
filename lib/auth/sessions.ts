import "server-only";
import type { Db, Tx } from "../db-client";
import type { Role } from "./roles";

// Server-side sessions. The signed cookie (an Auth.js JWT) only names a Session row; every request checks the row,
// so signing out, a password change or reset, deactivation and a role change end a session on the next request,
// on every server instance. A session lasts SESSION_MAX_AGE_MS from sign-in, however often it is used: reading
// /api/auth/session re-signs the cookie but never moves the row's expiresAt.

export const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000;

export type SessionEndReason = "sign-out" | "password-change" | "password-reset" | "deactivated" | "role-change" | "admin";

export async function createSession(db: Db | Tx, userId: string, ip: string | null, now = new Date()): Promise<string> {
  return (await openSession(db, userId, ip, now)).id;
}

/** A new session row; its end is fixed here and never moves. */
export async function openSession(db: Db | Tx, userId: string, ip: string | null, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  return db.session.create({
    data: { userId, ip, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) },
    select: { id: true, expiresAt: true },
  });
}

export type LiveSessionUser = { id: string; email: string; name: string; role: Role };

/** The user of a session that is neither revoked nor expired, whose account is active; otherwise null. */
export async function liveSessionUser(db: Db | Tx, sessionId: string | null | undefined, now = new Date()): Promise<LiveSessionUser | null> {
  if (typeof sessionId !== "string" || sessionId === "") return null;
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true, passwordChangedAt: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const { user } = row;
  if (!user.active) return null;
  // Belt and braces: a password change revokes the sessions, and one that began before it is over regardless.
  if (user.passwordChangedAt && row.createdAt.getTime() < user.passwordChangedAt.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function revokeSession(db: Db | Tx, sessionId: string, reason: SessionEndReason, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
}

/** Ends every open session of a user; returns how many. */
export async function revokeUserSessions(db: Db | Tx, userId: string, reason: SessionEndReason, now = new Date()): Promise<number> {
  const { count } = await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  return count;
}
