import "server-only";
import { db } from "../db";
import type { UserDto } from "../dto/users";

// Explicit select: the password hash never leaves the database layer.
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  version: true,
  createdAt: true,
  passwordChangedAt: true,
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: UserDto["role"];
  active: boolean;
  version: number;
  createdAt: Date;
  passwordChangedAt: Date | null;
};

export function toUserDto(row: UserRow, lastSignInAt: Date | null = null): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
    lastSignInAt: lastSignInAt?.toISOString() ?? null,
  };
}

/** Every user, admins first, with the time of their last successful sign-in (one grouped audit query). */
export async function listUsers(): Promise<UserDto[]> {
  const client = db();
  const rows = await client.user.findMany({ select: userSelect, orderBy: [{ role: "asc" }, { email: "asc" }] });
  const signIns = await client.auditLog.groupBy({
    by: ["actorId"],
    where: { action: "auth.signin.success", actorId: { in: rows.map((r) => r.id) } },
    _max: { createdAt: true },
  });
  const last = new Map(signIns.map((s) => [s.actorId, s._max.createdAt]));
  return rows.map((row) => toUserDto(row, last.get(row.id) ?? null));
}
