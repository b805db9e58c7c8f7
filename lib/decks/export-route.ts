import "server-only";
// Shared checks of the export route handlers: role (VIEW_DECKS, re-read from the database), deck id (zod),
// query (zod, strict), existence (404), and an empty deck (a clear message instead of an empty file).
import { PermissionError, requirePermission } from "../auth/current-user";
import { getDeck } from "../queries/decks";
import { deckIdSchema, exportQuerySchema } from "../validations/decks";
import type { DeckDto } from "../dto/decks";
import { translator, type DeckLocale, type Translate } from "./translate";

export { exportFilename } from "./export-filename";

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export type ExportInput = { deck: DeckDto; locale: DeckLocale; t: Translate };

export async function loadDeckForExport(request: Request, id: string): Promise<ExportInput | Response> {
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const t = translator(query.success ? query.data.locale : "en");
  // The role check comes before anything is read (the query above only picks the language of the answer).
  try {
    await requirePermission("VIEW_DECKS");
  } catch (error) {
    if (error instanceof PermissionError) return text(error.status, t(error.status === 401 ? "decks.errors.unauthorized" : "decks.errors.forbidden"));
    throw error;
  }
  if (!query.success) return text(400, t("decks.fieldErrors.invalid"));
  if (!deckIdSchema.safeParse(id).success) return text(404, t("decks.errors.deckNotFound"));
  const deck = await getDeck(id);
  if (!deck) return text(404, t("decks.errors.deckNotFound"));
  if (deck.slides.length === 0) return text(409, t("decks.exportEmpty"));
  return { deck, locale: query.data.locale, t };
}

export function fileResponse(body: Uint8Array, type: string, filename: string): Response {
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
