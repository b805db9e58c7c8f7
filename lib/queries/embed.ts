import "server-only";
// An embed's data: the saved-view resolver of briefing decks (the charts' own pure transforms), fed live from the
// published-only queries or, frozen, from the data as published at the end of the chosen day.
import { createViewResolver } from "../decks/resolve-view";
import type { ResolvedView } from "../dto/decks";
import type { EmbedRequest } from "../validations/embed";
import { endOfDay, governanceMatrixAt, viewFiguresAt } from "./published-at";

export function loadEmbed(request: EmbedRequest): Promise<ResolvedView> {
  if (!request.at) return createViewResolver(request.lang)(request.view);
  const at = endOfDay(request.at);
  return createViewResolver(request.lang, {
    figures: (filters, chart) => viewFiguresAt(at, filters, chart),
    matrix: () => governanceMatrixAt(at),
  })(request.view);
}
