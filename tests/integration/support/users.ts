// A migrated database with an admin, an editor, a viewer and a target account, for the user-management tests
// (with support/session-auth.ts as lib/auth/auth).
import { beforeAll, beforeEach } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { useMigratedDatabase } from "./database";
import { session } from "./session-auth";

export const PASSWORD = "correct-horse-battery";
export const ids: Record<"admin" | "editor" | "viewer" | "target", string> = { admin: "", editor: "", viewer: "", target: "" };

export async function addUser(email: string, role: "ADMIN" | "EDITOR" | "VIEWER", password = PASSWORD) {
  const user = await db().user.create({ data: { email, name: email.split("@")[0], role, passwordHash: await hashPassword(password) } });
  return user.id;
}

export const actAs = (who: keyof typeof ids | null) => {
  session.userId = who ? ids[who] : null;
};

/** Everything the user mutations could touch, to prove that a refused call changed nothing. */
export async function snapshot() {
  const [users, audit, throttle] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" } }),
    db().auditLog.findMany({ orderBy: { id: "asc" } }),
    db().loginThrottle.findMany({ orderBy: { key: "asc" } }),
  ]);
  return JSON.stringify({ users, audit, throttle });
}

export const auditCount = (action: string) => db().auditLog.count({ where: { action } });
export const versionOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).version;

/** Migrates DATABASE_URL, adds the four accounts, and signs out before each test. */
export function setUpUserAccounts() {
  useMigratedDatabase();
  beforeAll(async () => {
    ids.admin = await addUser("admin@test.local", "ADMIN");
    ids.editor = await addUser("editor@test.local", "EDITOR");
    ids.viewer = await addUser("viewer@test.local", "VIEWER");
    ids.target = await addUser("target@test.local", "VIEWER");
  });
  beforeEach(() => actAs(null));
}
