import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, requirePagePermission, type CurrentUser } from "../auth/current-user";
import { can } from "../auth/roles";
import { signInPath } from "../http/return-path";

/**
 * Deck pages are for signed-in team members. An anonymous visitor goes to the sign-in page and comes back to
 * this page afterwards (also under `next dev`, where no server passes the request path); a signed-in user
 * without VIEW_DECKS gets a 403.
 */
export async function requireDeckReader(locale: string, path: string): Promise<CurrentUser & { canEdit: boolean }> {
  if (!(await getCurrentUser())) redirect(signInPath(locale, `/${locale}${path}`, `/${locale}/decks`));
  const user = await requirePagePermission("VIEW_DECKS", locale);
  return { ...user, canEdit: can(user.role, "EDIT_DECKS") };
}
