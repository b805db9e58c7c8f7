// Demo accounts, one per role. Passwords come from GOVATLAS_<ROLE>_PASSWORD or are generated on first start
// and printed once; there is no fixed password anywhere.
import { randomBytes } from "node:crypto";
import type { Db } from "../lib/db-client";
import { hashPassword, verifyPassword } from "../lib/auth/password";

export const DEMO_USERS = [
  { role: "ADMIN", email: "admin@govatlas.local", name: "Demo Admin", envVar: "GOVATLAS_ADMIN_PASSWORD" },
  { role: "EDITOR", email: "editor@govatlas.local", name: "Demo Editor", envVar: "GOVATLAS_EDITOR_PASSWORD" },
  { role: "VIEWER", email: "viewer@govatlas.local", name: "Demo Viewer", envVar: "GOVATLAS_VIEWER_PASSWORD" },
] as const;

export type DemoAccount = { role: string; email: string; password: string | null; status: "created" | "reset" | "unchanged" };

export function generatePassword(): string {
  return randomBytes(15).toString("base64url"); // 20 characters
}

export async function ensureDemoUsers(db: Db, passwords: Record<string, string | undefined>): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  for (const u of DEMO_USERS) {
    const fromEnv = passwords[u.envVar];
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true, passwordHash: true } });
    if (!existing) {
      const password = fromEnv ?? generatePassword();
      await db.user.create({
        data: { email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(password) },
      });
      out.push({ role: u.role, email: u.email, password, status: "created" });
    } else if (fromEnv && !(await verifyPassword(fromEnv, existing.passwordHash))) {
      const passwordHash = await hashPassword(fromEnv);
      await db.$transaction([
        db.user.update({ where: { id: existing.id }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } }),
        // A reset password ends the account's sessions, as an admin's reset does.
        db.session.updateMany({ where: { userId: existing.id, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: "password-reset" } }),
      ]);
      out.push({ role: u.role, email: u.email, password: fromEnv, status: "reset" });
    } else {
      out.push({ role: u.role, email: u.email, password: fromEnv ?? null, status: "unchanged" });
    }
  }
  return out;
}
