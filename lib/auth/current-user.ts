import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER, signInPath } from "../http/return-path";
import { auth } from "./auth";
import { db } from "../db";
import { can, type Permission, type Role } from "./roles";
import { AppError } from "../errors/app-error";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user. auth() runs the session check in lib/auth/auth.ts (the cookie's Session row must be neither
 * revoked nor expired), so a sign-out, password change, deactivation or role change made anywhere applies on the
 * next request, on every instance; the user is then re-read here (role and active state as stored now).
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true } });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages: anonymous → sign-in page; signed in without the permission → 403. */
export async function requirePagePermission(permission: Permission, locale: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  // Back to the page asked for (the production server passes its path), else to the admin start page.
  if (!user) redirect(signInPath(locale, (await headers()).get(REQUEST_PATH_HEADER), `/${locale}/admin`));
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Not signed in (401) or the role lacks the permission (403): the AppError codes unauthorized / forbidden. */
export class PermissionError extends AppError {
  constructor(public readonly status: 401 | 403) {
    super(status === 401 ? "unauthorized" : "forbidden");
  }
}

/** For server actions and route handlers: throws PermissionError (mapped to 401/403). */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new PermissionError(401);
  if (!can(user.role, permission)) throw new PermissionError(403);
  return user;
}
