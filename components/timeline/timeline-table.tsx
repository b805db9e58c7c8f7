import { useTranslations } from "next-intl";
import type { DateLocale } from "@/lib/format/dates";
import type { TimelineRow } from "./timeline-rows";
import { MarkIcon } from "./timeline-marks";
import { SourceKeyAnchors } from "@/components/sources/source-keys";
import { THead, Table } from "@/components/ui/table";

const COLUMNS = ["date", "jurisdiction", "title", "status", "dates", "confidence", "sources"] as const;

/**
 * The data-table alternative: exactly the items the chart shows, in the same order as the export. A server
 * component with plain links: a few hundred client-router links would each hydrate a component.
 */
export function TimelineTable({ rows, locale }: { rows: TimelineRow[]; locale: DateLocale }) {
  const t = useTranslations("timeline");
  return (
    <Table frame="none" density="compact" className="min-w-full" data-testid="timeline-table">
      <THead tone="plain" className="align-top" columns={COLUMNS.map((c) => t(`columns.${c}`))} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100 align-top" data-key={r.key}>
            <td className="whitespace-nowrap">
              <time dateTime={r.dateTime}>{r.date}</time>
            </td>
            <td>{r.jurisdiction}</td>
            <td className="min-w-56">
              <a href={`/${locale}${r.href}`} className="text-brand-700 underline">
                {r.title}
              </a>
              {r.item.kind === "instrument" && <span className="block text-xs text-slate-600">{r.type}</span>}
            </td>
            <td className="whitespace-nowrap">
              <MarkIcon kind={r.statusKey} /> {r.status}
              {r.revokedBy && <span className="block text-xs text-red-800">{r.revokedBy}</span>}
            </td>
            <td className="min-w-48">
              {r.dates}
              {r.dateNote && <span className="block text-xs text-slate-600">{r.dateNote}</span>}
              {r.milestones.length > 0 && (
                <ul className="mt-1 text-xs text-slate-700">
                  {r.milestones.map((m) => (
                    <li key={m.dateTime + m.label} data-superseded={m.superseded ? "true" : undefined} data-testid="timeline-milestone-row">
                      <span className={m.superseded ? "text-slate-500 line-through" : undefined}>
                        <time dateTime={m.dateTime}>{m.date}</time>: {m.label}
                      </span>
                      {m.superseded && <span className="block font-medium text-amber-900">{m.superseded}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{r.confidence}</td>
            <td>
              <SourceKeyAnchors sources={r.sources} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
