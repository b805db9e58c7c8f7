"use client";
import { Link } from "@/i18n/navigation";

// The rows of the investment page's figures table, drawn from plain cell text. Written in a server component, a
// row travelled in the RSC payload as a tree of elements and links (about 830 bytes a row, 41 KB for a page of 50
// on /en/investment); as a client component's props it is its strings. The HTML is the same: it is rendered on
// the server.

export type FigureRow = {
  id: string;
  slug: string;
  actor: string;
  /** The jurisdiction page of the actor, when it has one. */
  actorHref: string | null;
  category: string;
  measure: string;
  value: string;
  flagged: boolean;
  period: string;
  kind: string;
  funding: string;
  confidence: string;
  sources: { key: string; title: string }[];
};

export function FigureRows({ rows, flaggedHint }: { rows: FigureRow[]; flaggedHint: string }) {
  return (
    <tbody>
      {rows.map((f) => (
        <tr key={f.id} className="border-b border-slate-100 align-top" data-slug={f.slug}>
          <td className="py-1 pr-3">
            {f.actorHref ? (
              <Link href={f.actorHref} className="text-brand-700 underline">
                {f.actor}
              </Link>
            ) : (
              f.actor
            )}
          </td>
          <td className="py-1 pr-3">{f.category}</td>
          <td className="py-1 pr-3">{f.measure}</td>
          <td className="py-1 pr-3 tabular-nums font-medium">
            {f.value}
            {f.flagged && <span className="ml-1 text-amber-800" title={flaggedHint}>⚑</span>}
          </td>
          <td className="py-1 pr-3">{f.period}</td>
          <td className="py-1 pr-3" data-col="kind">{f.kind}</td>
          <td className="py-1 pr-3" data-col="funding">{f.funding}</td>
          <td className="py-1 pr-3">{f.confidence}</td>
          <td className="py-1 pr-3">
            {f.sources.map((s, i) => (
              <span key={s.key}>
                {i > 0 && ", "}
                <Link href={`/sources#source-${s.key}`} className="text-brand-700 underline" title={s.title}>{s.key}</Link>
              </span>
            ))}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
