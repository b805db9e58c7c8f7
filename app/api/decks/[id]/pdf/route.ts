// PDF of a deck: one landscape 16:9 page per slide (signed-in team members; role checked here).
import { buildPresentDeck } from "@/lib/decks/present-deck";
import { buildPdf, cjkFontFile } from "@/lib/decks/export-pdf";
import { exportFilename, fileResponse, loadDeckForExport } from "@/lib/decks/export-route";
import { translator } from "@/lib/decks/translate";
import { paginateDeck } from "@/lib/decks/paginate";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, ctx: RouteContext<"/api/decks/[id]/pdf">) {
  const input = await loadDeckForExport(request, (await ctx.params).id);
  if (input instanceof Response) return input;
  // Without a CJK font the PDF cannot show Chinese: a zh deck's labels and data are then rendered in English
  // (user-written Chinese is replaced and the page says so). The PowerPoint export keeps everything.
  const locale = input.locale === "zh" && !cjkFontFile() ? "en" : input.locale;
  const deck = paginateDeck(await buildPresentDeck(input.deck, locale), translator(locale));
  const bytes = await buildPdf(deck, translator(locale));
  return fileResponse(bytes, "application/pdf", exportFilename(deck.title, "pdf"));
}
