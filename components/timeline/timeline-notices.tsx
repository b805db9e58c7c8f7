import { useTranslations } from "next-intl";
import type { TimelineDomain, TimelineNotice } from "@/lib/charts/timeline-state";

/** A polite, visible note about URL parameters that were ignored or adjusted (the view still renders). */
export function TimelineNotices({ notices, domain }: { notices: TimelineNotice[]; domain: TimelineDomain }) {
  const t = useTranslations("timeline.notice");
  if (!notices.length) return null;
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="timeline-notice">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((n, k) => (
          <li key={k}>{t(n.problem, { value: n.value, param: t(`param.${n.param}`), min: domain.minYear, max: domain.maxYear })}</li>
        ))}
      </ul>
    </div>
  );
}
