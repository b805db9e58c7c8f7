import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { ChangesForm } from "@/components/changes/changes-form";
import { ChangeRecord } from "@/components/changes/change-record";
import { groupChanges } from "@/components/changes/change-groups";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getPublishedChanges, listFrozenDecks } from "@/lib/queries/open-data/changes";
import { parseChangesRange } from "@/lib/validations/changes-range";
import { localized } from "@/lib/charts/compare-state";
import { parentsOf } from "@/lib/charts/timeline-state";
import { pageLocale } from "@/i18n/page";

// Reads the session (deck option) and the query string: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/changes">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "opendata.changes" });
  return { title: t("metaTitle") };
}

export default async function ChangesPage({ params, searchParams }: PageProps<"/[locale]/changes">) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("opendata.changes");
  // Decks are for signed-in team members: anonymous visitors get no deck option (and no deck titles).
  const user = await getCurrentUser();
  const decks = user && can(user.role, "VIEW_DECKS") ? await listFrozenDecks() : [];
  const range = parseChangesRange(await searchParams, new Date().toISOString().slice(0, 10), decks);
  const { changes, jurisdictions } = await getPublishedChanges(range.start, range.end);
  const parents = parentsOf(Object.entries(jurisdictions).map(([code, j]) => ({ code, parentCode: j.parentCode })));
  const groups = groupChanges(changes, parents);
  const records = groups.reduce((n, g) => n + g.records.length, 0);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} links={[{ href: "/feed.xml", label: t("feed"), file: true }]}>
        <ChangesForm fromDay={range.fromDay} toDay={range.toDay} deckId={range.deck?.id ?? null} decks={decks} />
        {range.notice && (
          <p role="status" className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="changes-notice">
            {t(range.notice)}
          </p>
        )}
        <p className="mt-3 text-sm text-slate-700" data-testid="changes-range">
          {range.deck
            ? t("sinceDeck", { title: range.deck.title, date: range.deck.frozenAt.slice(0, 10) })
            : t("range", { from: range.fromDay, to: range.toDay })}{" "}
          {changes.length > 0 && t("count", { count: changes.length, records })}
        </p>
      </PageHeader>
      {groups.length === 0 && <p data-testid="changes-none">{t("none")}</p>}
      {groups.map((g) => {
        const j = g.code ? jurisdictions[g.code] : null;
        const name = g.code && j ? `${localized(locale, j.nameEn, j.nameZh)} (${g.code})` : (g.code ?? t("noJurisdiction"));
        const id = `changes-${(g.code ?? "none").toLowerCase()}`;
        return (
          <section key={id} aria-labelledby={`${id}-title`} data-testid="changes-jurisdiction" data-code={g.code ?? ""}>
            <h2 id={`${id}-title`} className="text-xl font-semibold">
              {name}
            </h2>
            {g.code && (
              <p className="text-sm">
                <a href={`/feed/${g.code.toLowerCase()}.xml`} className="text-brand-700 underline hover:text-brand-900">
                  {t("feedFor", { name })}
                </a>
              </p>
            )}
            <div className="mt-2 space-y-3">
              {g.records.map((r) => (
                <ChangeRecord key={r.key} record={r} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
