import { useTranslations } from "next-intl";
import { STATUSES } from "@/lib/charts/timeline-state";
import { MARK_COLORS, MarkIcon } from "./timeline-marks";

// Small drawings of the chart's conventions; each sits next to its text, so colour is never the only cue.
const item = "flex items-center gap-1";

/** The bar of an instrument in force, under the milestone, superseded and effective marks. */
const bar = <line x1={2} x2={24} y1={9} y2={9} stroke="#334155" strokeWidth={3} />;

function GlyphItem({ label, testId, children }: { label: string; testId?: string; children: React.ReactNode }) {
  return (
    <span className={item} data-testid={testId}>
      <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" className="inline-block shrink-0 align-middle">
        {children}
      </svg>
      {label}
    </span>
  );
}

export function TimelineLegend() {
  const t = useTranslations("timeline");
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" data-testid="timeline-legend">
      {STATUSES.map((s) => (
        <span key={s} className={item}>
          <MarkIcon kind={s} /> {t(`status.${s}`)}
        </span>
      ))}
      <span className={item}>
        <MarkIcon kind="EVENT" /> {t("legend.event")}
      </span>
      <GlyphItem label={t("legend.milestone")}>
        {bar}
        <line x1={13} x2={13} y1={3} y2={15} stroke="#334155" strokeWidth={2} />
      </GlyphItem>
      <GlyphItem label={t("legend.superseded")} testId="legend-superseded">
        {bar}
        <rect x={10} y={3} width={6} height={12} fill="#ffffff" stroke="#64748b" strokeWidth={1.5} strokeDasharray="2 1" />
        <line x1={8} x2={18} y1={14} y2={4} stroke="#64748b" strokeWidth={1.5} />
      </GlyphItem>
      <GlyphItem label={t("legend.effective")}>
        {bar}
        <line x1={13} x2={13} y1={0} y2={18} stroke="#334155" strokeWidth={3} />
      </GlyphItem>
      <GlyphItem label={t("legend.period")}>
        <rect x={2} y={2} width={22} height={14} fill="#0072b2" fillOpacity={0.18} />
        <circle cx={13} cy={9} r={5} fill="#0072b2" />
      </GlyphItem>
      <GlyphItem label={t("legend.revokedBy")}>
        <path d="M4,4 C18,4 18,14 8,14" fill="none" stroke={MARK_COLORS.REVOKED} strokeWidth={1.5} />
        <path d="M8,11 L4,14 L8,17 z" fill={MARK_COLORS.REVOKED} />
      </GlyphItem>
      <GlyphItem label={t("legend.asOf")}>
        <line x1={13} x2={13} y1={0} y2={18} stroke="#0f172a" strokeDasharray="2 3" />
      </GlyphItem>
    </div>
  );
}
