import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listDecks, listDeletedDecks } from "@/lib/queries/decks";
import { purgeExpiredDecks } from "@/lib/mutations/decks";
import { canEditDeck } from "@/lib/decks/ownership";
import { RestoreDeckButton } from "@/components/decks/restore-deck-button";
import { requireDeckReader } from "@/lib/decks/page-guard";
import { CreateDeckForm } from "@/components/decks/create-deck-form";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { pageLocale, titleMetadata } from "@/i18n/page";

// Team-only and per user (edit controls), so rendered per request; every action checks the role again.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("decks", "title", { robots: { index: false } });

export default async function DecksPage({ params }: PageProps<"/[locale]/decks">) {
  const { locale } = await pageLocale(params);
  const user = await requireDeckReader(locale, "/decks");
  const t = await getTranslations("decks");
  // Decks deleted more than 30 days ago are purged here (audited), so no scheduler is needed.
  await purgeExpiredDecks();
  const [decks, deleted] = await Promise.all([listDecks(), listDeletedDecks(user)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")}>
        {!user.canEdit && (
          <p className="mt-2 text-sm text-slate-700" data-testid="viewer-note">
            {t("viewerNote")}
          </p>
        )}
      </PageHeader>
      {user.canEdit && <CreateDeckForm />}
      {decks.length === 0 ? (
        <p className="text-slate-700">{t("noDecks")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="deck-list">
          {decks.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4" data-deck-id={d.id}>
              <h2 className="text-lg font-semibold">
                <Link href={`/decks/${d.id}`} className="text-brand-700 hover:underline">
                  {d.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">{[d.audience, d.briefingOn, t("slideCount", { count: d.slideCount })].filter(Boolean).join(" · ")}</p>
              <p className="mt-1 text-xs text-slate-600">
                {d.frozenAt ? t("frozenOn", { date: d.frozenAt.slice(0, 10) }) : t("liveData")} · {t("updatedOn", { date: d.updatedAt.slice(0, 10) })}
              </p>
              <p className="mt-1 text-xs text-slate-700" data-testid="deck-owner" data-editable={canEditDeck(user, d) ? "true" : "false"}>
                {d.ownerId === user.id ? t("ownerYou") : t("owner", { name: d.createdBy })}
              </p>
              {d.slideCount > 0 && (
                <Link href={`/present/${d.id}`} className={buttonVariants({ variant: "primary", className: "mt-2" })}>
                  {t("present")}
                  <span className="sr-only">: {d.title}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <Section titleId="deleted-decks" title={t("deletedTitle")} size="2xl" className="space-y-3" data-testid="deleted-decks">
          <p className="text-sm text-slate-700">{t("deletedIntro")}</p>
          <ul className="grid gap-3 md:grid-cols-2">
            {deleted.map((d) => (
              <li key={d.id} className="rounded-lg border border-slate-200 bg-slate-50 p-4" data-deleted-deck-id={d.id}>
                <h3 className="text-lg font-semibold">{d.title}</h3>
                <p className="mt-1 text-sm text-slate-700">
                  {t("deletedOn", { date: d.deletedAt.slice(0, 10) })} · {t("purgeOn", { date: d.purgeOn })} ·{" "}
                  {d.ownerId === user.id ? t("ownerYou") : t("owner", { name: d.createdBy })}
                </p>
                <RestoreDeckButton deck={{ id: d.id, version: d.version, title: d.title }} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
