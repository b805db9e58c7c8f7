// PowerPoint of a deck with native, editable charts and speaker notes (signed-in team members; role checked here).
import { buildPresentDeck } from "@/lib/decks/present-deck";
import { buildPptx } from "@/lib/decks/export-pptx";
import { exportFilename, fileResponse, loadDeckForExport } from "@/lib/decks/export-route";
import { paginateDeck } from "@/lib/decks/paginate";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, ctx: RouteContext<"/api/decks/[id]/pptx">) {
  const input = await loadDeckForExport(request, (await ctx.params).id);
  if (input instanceof Response) return input;
  const deck = paginateDeck(await buildPresentDeck(input.deck, input.locale), input.t);
  const bytes = await buildPptx(deck, input.t);
  return fileResponse(bytes, "application/vnd.openxmlformats-officedocument.presentationml.presentation", exportFilename(deck.title, "pptx"));
}
