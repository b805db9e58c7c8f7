// Who may do what. Checked on the server in every mutation (lib/mutations) and in gated pages.
export const ROLES = ["ADMIN", "EDITOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  VIEW_ADMIN: ["ADMIN", "EDITOR"],
  EDIT_DRAFT: ["ADMIN", "EDITOR"],
  PUBLISH: ["ADMIN"],
  DELETE: ["ADMIN"],
  RESTORE: ["ADMIN"],
  MANAGE_USERS: ["ADMIN"],
  VIEW_AUDIT: ["ADMIN"],
  EDIT_DECKS: ["ADMIN", "EDITOR"],
  VIEW_DECKS: ["ADMIN", "EDITOR", "VIEWER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
