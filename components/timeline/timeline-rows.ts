// Text for the timeline's labels, tooltips, table and export rows, in the page's language. Pure (no React), so
// the table, the CSV/JSON export and the chart's tooltips are built from the same strings, and every date in them
// comes from the one formatter in `words.date` (timeline-dates.ts).
import { machineDate, type DateLocale, type DatePrecision } from "@/lib/format/dates";
import { anchorDate } from "@/lib/charts/timeline-state";
import type { PreciseDate, TimelineItem, TimelineSource, TimelineStatus } from "@/lib/dto/timeline";
import { localized } from "@/components/jurisdictions/localized";

export type RowWords = {
  /** Every date shown: "21 May 2024", "Oct 2023", "2017" (at the precision the source gives). */
  date: (iso: string, precision: DatePrecision) => string;
  status: (s: TimelineStatus) => string;
  event: string;
  adopted: (date: string) => string;
  effective: (date: string) => string;
  revoked: (date: string) => string;
  revokedBy: (title: string, date: string) => string;
  confidence: (c: "HIGH" | "MEDIUM" | "LOW") => string;
  /** "Superseded on 19 Nov 2026 by Digital Omnibus"; `by` is null when no instrument is named. */
  superseded: (date: string | null, by: string | null) => string;
};

export type TimelineRow = {
  key: string;
  item: TimelineItem;
  href: string;
  /** The anchor date as shown ("2017", "Oct 2023", "21 May 2024") and machine-readable ("2017", "2023-10"). */
  date: string;
  dateTime: string;
  jurisdiction: string;
  title: string;
  type: string;
  status: string;
  statusKey: TimelineStatus | "EVENT";
  /** An instrument's status and date notes in the page's language (English when there is no Chinese). */
  statusNote: string | null;
  dateNote: string | null;
  /** Adoption / effect / revocation, e.g. "Adopted 21 May 2024 · Effective 1 Aug 2024". */
  dates: string;
  revokedBy: string | null;
  /** For an event: the instrument it belongs to, in the page's language. */
  related: string | null;
  /** Every milestone, superseded ones included and marked (`superseded` says when and by what, with its note). */
  milestones: { date: string; dateTime: string; label: string; superseded: string | null; supersededOn: string | null }[];
  confidence: string;
  sources: TimelineSource[];
};

export const localTitle = (t: { titleEn: string; titleZh: string | null }, locale: DateLocale) => (locale === "zh" && t.titleZh ? t.titleZh : t.titleEn);

/**
 * A short label for the chart: the title up to its first comma, parenthesis or 《 ("AI Act, Reg. (EU) 2024/1689" →
 * "AI Act"; "EO 14110, Safe, …" → "EO 14110"; "第14148号行政命令《…》" → "第14148号行政命令"), then cut to a length that fits a lane. The full title is in the
 * tooltip, the table and the link's accessible name.
 */
export function shortTitle(title: string, locale: DateLocale): string {
  const cut = [...title.matchAll(/, | \(|（|，|《/g)].find((m) => m.index >= 4)?.index;
  const head = cut !== undefined ? title.slice(0, cut) : title;
  const max = locale === "zh" ? 16 : 30;
  const chars = [...head];
  if (chars.length <= max) return head;
  const cut2 = chars.slice(0, max - 1).join("");
  const space = cut2.lastIndexOf(" ");
  return `${space > max / 2 ? cut2.slice(0, space) : cut2}…`;
}

export const recordHref = (item: TimelineItem) => `/jurisdictions/${item.jurisdictionCode.toLowerCase()}#${item.kind}-${item.slug}`;

export function revokedByText(item: TimelineItem, locale: DateLocale, words: RowWords): string | null {
  if (item.kind !== "instrument" || !item.revokedBy) return null;
  const date = item.revokedOn ? words.date(item.revokedOn, "DAY") : "–";
  return words.revokedBy(shortTitle(localTitle(item.revokedBy, locale), locale), date);
}

function datesText(item: TimelineItem, words: RowWords): string {
  const show = (d: PreciseDate) => words.date(d.date, d.precision);
  if (item.kind === "event") return show(item.date);
  const parts = [
    item.adopted && words.adopted(show(item.adopted)),
    item.effective && words.effective(show(item.effective)),
    item.revokedOn && words.revoked(words.date(item.revokedOn, "DAY")),
  ];
  return parts.filter(Boolean).join(" · ");
}

export function timelineRows(items: TimelineItem[], locale: DateLocale, words: RowWords): TimelineRow[] {
  return items.map((item) => {
    const anchor = anchorDate(item);
    const also = item.alsoJurisdictions.length ? ` (+${item.alsoJurisdictions.join(", ")})` : "";
    return {
      key: `${item.kind}-${item.slug}`,
      item,
      href: recordHref(item),
      date: anchor ? words.date(anchor.date, anchor.precision) : "–",
      dateTime: anchor ? machineDate(anchor.date, anchor.precision) : "",
      jurisdiction: `${item.jurisdictionCode}${also}`,
      title: localTitle(item, locale),
      type: item.kind === "event" ? words.event : localized(locale, item.type, item.typeZh),
      status: item.kind === "event" ? words.event : words.status(item.status),
      statusKey: item.kind === "event" ? "EVENT" : item.status,
      statusNote: item.kind === "event" || !item.statusNote ? null : localized(locale, item.statusNote, item.statusNoteZh),
      dateNote: item.dateNote ? localized(locale, item.dateNote, item.dateNoteZh) : null,
      dates: datesText(item, words),
      revokedBy: revokedByText(item, locale, words),
      related: item.kind === "event" && item.instrument ? localTitle(item.instrument, locale) : null,
      milestones:
        item.kind === "instrument"
          ? item.milestones.map((m) => ({
              date: words.date(m.date, "DAY"),
              dateTime: m.date,
              label: locale === "zh" && m.labelZh ? m.labelZh : m.labelEn,
              supersededOn: m.superseded?.on ?? null,
              superseded: m.superseded
                ? [
                    words.superseded(
                      m.superseded.on ? words.date(m.superseded.on, "DAY") : null,
                      m.superseded.by ? shortTitle(localTitle(m.superseded.by, locale), locale) : null,
                    ),
                    m.superseded.noteEn ? localized(locale, m.superseded.noteEn, m.superseded.noteZh) : null,
                  ]
                    .filter(Boolean)
                    .join(locale === "zh" ? "：" : ": ")
                : null,
            }))
          : [],
      confidence: words.confidence(item.confidence),
      sources: item.sources,
    };
  });
}

const sourceText = (s: TimelineSource) => `${s.key} ${s.title}${s.url ? ` <${s.url}>` : ""}`;

/** Exactly the table's rows, with machine-readable dates (cut to their precision) and full source citations. */
export function exportRows(rows: TimelineRow[]): Record<string, string>[] {
  return rows.map((r) => {
    const i = r.item;
    const ins = i.kind === "instrument" ? i : null;
    const iso = (d: PreciseDate | null | undefined) => (d ? machineDate(d.date, d.precision) : "");
    return {
      date: r.dateTime,
      kind: i.kind,
      jurisdiction: i.jurisdictionCode,
      alsoJurisdictions: i.alsoJurisdictions.join(","),
      title: r.title,
      type: r.type,
      status: r.statusKey,
      statusNote: r.statusNote ?? "",
      adopted: iso(ins?.adopted),
      effective: iso(ins?.effective),
      revoked: ins?.revokedOn ?? "",
      revokedBy: ins?.revokedBy?.slug ?? "",
      milestones: r.milestones.map((m) => `${m.dateTime} ${m.label}${m.superseded ? ` [${m.superseded}]` : ""}`).join("; "),
      dateNote: r.dateNote ?? "",
      confidence: r.confidence,
      sources: i.sources.map(sourceText).join("; "),
      link: r.href,
    };
  });
}
