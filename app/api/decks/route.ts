// The decks the signed-in user can add a view to (their own; an admin's: all), for the "Add to briefing" dialog
// on statically cached pages. Deleted decks are never listed. 401 when signed out; viewers get canEdit false and
// no decks.
import { NextResponse } from "next/server";
import { PermissionError, requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listDecks } from "@/lib/queries/decks";
import { canEditDeck } from "@/lib/decks/ownership";
import { errorResponse } from "@/lib/errors/http";
import { requestLocale } from "@/lib/errors/request-locale";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requirePermission("VIEW_DECKS");
    const decks = await listDecks();
    return NextResponse.json(
      {
        canEdit: can(user.role, "EDIT_DECKS"),
        decks: decks
          .filter((d) => canEditDeck(user, d))
          .map((d) => ({ id: d.id, title: d.title, version: d.version, slideCount: d.slideCount, frozenAt: d.frozenAt, updatedAt: d.updatedAt })),
      },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (error) {
    if (error instanceof PermissionError) {
      const res = errorResponse(error, await requestLocale());
      res.headers.set("Cache-Control", "no-store");
      return res;
    }
    throw error;
  }
}
