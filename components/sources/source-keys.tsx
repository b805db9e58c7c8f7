import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/jurisdictions/localized";

type Cited = { key: string; title: string; titleZh?: string | null };

/**
 * "Sources: S1, R2" — each key links to the source's entry on the sources page; the title is the tooltip. Plain
 * links, not the client router's <Link>: a jurisdiction page cites sources a hundred times, and each <Link> was a
 * client component to hydrate (and a prefetch); the sources page opens the named entry on load (source-filter.tsx).
 */
export async function SourceKeys({ sources, label }: { sources: Cited[]; label?: string }) {
  const t = await getTranslations("common");
  const locale = await getLocale();
  if (sources.length === 0) return null;
  return (
    <span className="text-xs text-slate-700" data-testid="source-keys">
      {label ?? (sources.length === 1 ? t("source") : t("sources"))}:{" "}
      {sources.map((s, i) => (
        <span key={s.key}>
          {i > 0 && ", "}
          <a
            href={`/${locale}/sources#source-${s.key}`}
            title={localized(locale, s.title, s.titleZh)}
            className="text-brand-700 underline hover:text-brand-900"
          >
            {s.key}
          </a>
        </span>
      ))}
    </span>
  );
}

/**
 * "R2, R6" as plain links to the sources page (no client-router Link): for server-rendered tables with hundreds of
 * rows, where each Link would hydrate a component. The title is the tooltip.
 */
export function SourceKeyAnchors({ sources, locale }: { sources: { key: string; title: string }[]; locale: string }) {
  return sources.map((s, i) => (
    <span key={s.key}>
      {i > 0 && ", "}
      <a href={`/${locale}/sources#source-${s.key}`} className="text-brand-700 underline" title={s.title}>
        {s.key}
      </a>
    </span>
  ));
}
