import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDeck } from "@/lib/queries/decks";
import { getGovernanceMatrix } from "@/lib/queries/governance";
import { localized } from "@/lib/charts/compare-state";
import { deckIdSchema } from "@/lib/validations/decks";
import { buildPresentDeck, deckDifferences } from "@/lib/decks/present-deck";
import { requireDeckReader } from "@/lib/decks/page-guard";
import { asDeckLocale } from "@/lib/decks/translate";
import { canEditDeck } from "@/lib/decks/ownership";
import { DeckMetaForm } from "@/components/decks/deck-meta-form";
import { FreezePanel } from "@/components/decks/freeze-panel";
import { SlideList } from "@/components/decks/slide-list";
import { AddSlidePanel } from "@/components/decks/add-slide-panel";
import { buttonVariants } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("decks", "title", { robots: { index: false } });

export default async function DeckPage({ params }: PageProps<"/[locale]/decks/[id]">) {
  const { locale, id } = await pageLocale(params);
  const user = await requireDeckReader(locale, `/decks/${encodeURIComponent(id)}`);
  if (!deckIdSchema.safeParse(id).success) notFound();
  const deck = await getDeck(id);
  if (!deck) notFound();
  const t = await getTranslations("decks");
  // Only the owner and admins get edit controls; every mutation checks the same rule again on the server.
  const canEdit = canEditDeck(user, deck);
  const lang = asDeckLocale(locale);
  const [shown, differences, matrix] = await Promise.all([buildPresentDeck(deck, lang), deckDifferences(deck, lang), getGovernanceMatrix()]);
  const jurisdictions = matrix.jurisdictions.map((j) => ({ code: j.code, name: localized(locale, j.nameEn, j.nameZh) }));
  const empty = deck.slides.length === 0;
  const liveAfterFreeze = deck.frozenAt ? shown.slides.filter((s, i) => deck.slides[i].kind !== "TEXT" && !s.frozen).length : 0;
  const deckRef = { id: deck.id, version: deck.version, frozenAt: deck.frozenAt };
  const exportHref = (format: "pdf" | "pptx") => `/api/decks/${deck.id}/${format}?locale=${lang}`;
  const action = buttonVariants();
  return (
    <div className="space-y-6" data-deck-version={deck.version}>
      <nav aria-label={t("allDecks")} className="text-sm">
        <Link href="/decks" className="text-brand-700 underline">
          ← {t("allDecks")}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold" data-testid="deck-title">
          {deck.title}
        </h1>
        <p className="text-slate-700">{[deck.audience, deck.briefingOn, t("slideCount", { count: deck.slides.length })].filter(Boolean).join(" · ")}</p>
        {empty ? (
          <p className="rounded border border-slate-300 bg-white p-3 text-slate-800" role="note" data-testid="empty-deck">
            {t("noSlides")}
          </p>
        ) : (
          <div className="flex flex-wrap gap-2" data-testid="deck-actions">
            <Link href={`/present/${deck.id}`} className={buttonVariants({ variant: "primary" })}>
              {t("present")}
            </Link>
            <a href={exportHref("pdf")} className={action} download>
              {t("exportPdf")}
            </a>
            <a href={exportHref("pptx")} className={action} download>
              {t("exportPptx")}
            </a>
          </div>
        )}
        <p className="text-sm text-slate-700" data-testid="deck-owner">
          {deck.ownerId === user.id ? t("ownerYou") : t("owner", { name: deck.createdBy })}
        </p>
        {!user.canEdit ? (
          <p className="text-sm text-slate-700">{t("viewerNote")}</p>
        ) : (
          !canEdit && (
            <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950" data-testid="not-owner-note">
              {t("notOwnerNote", { name: deck.createdBy })}
            </p>
          )
        )}
      </header>
      {canEdit && <DeckMetaForm deck={deck} />}
      <FreezePanel deck={deckRef} canEdit={canEdit} hasSlides={!empty} differences={differences} liveAfterFreeze={liveAfterFreeze} />
      <Section titleId="slides-title" title={t("slidesTitle")} size="2xl" className="space-y-3">
        {!empty && <SlideList slides={deck.slides} shown={shown.slides} deck={deckRef} canEdit={canEdit} />}
      </Section>
      {canEdit && <AddSlidePanel deck={deckRef} jurisdictions={jurisdictions} />}
    </div>
  );
}
