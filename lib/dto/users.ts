// User and audit-log shapes that cross from the server to the admin pages. Never a password hash.
import type { Role } from "../auth/roles";

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  version: number;
  createdAt: string; // ISO timestamp
  passwordChangedAt: string | null;
  lastSignInAt: string | null;
};

/** Who last changed a user row and when — returned with a conflict so that the form can name them. */
export type LastChange = { by: string | null; at: string | null; action: string | null };

/** The stored values of a user row at the time of a conflict, shown beside the stale form's values. */
export type UserSnapshot = { role: Role; active: boolean; name: string; version: number };
