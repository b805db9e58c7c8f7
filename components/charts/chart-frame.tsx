import type { ReactNode } from "react";
import { ChartExport, type ExportRow } from "./chart-export";
import type { ExportStamp } from "@/lib/charts/export-svg";
import type { ChartView } from "@/lib/dto/decks";
import { EmbedControl } from "@/components/embed/embed-control";
import { AddToBriefing } from "@/components/decks/add-to-briefing";

// Title, subtitle, a one-sentence summary (read by screen readers in place of the drawing), the chart, notes,
// the as-of date, export buttons and a data-table alternative.
export function ChartFrame(props: {
  id: string;
  title: string;
  subtitle?: string;
  summary: string;
  asOf: string;
  tableLabel: string;
  table: ReactNode;
  notes?: ReactNode;
  exportData?: { filename: string; stamp: ExportStamp; rows: ExportRow[]; sourceNotes?: Record<string, string> };
  /**
   * The view (its chart and current filters) that "Add to briefing" saves as a slide and an "Embed" snippet
   * reproduces; neither control without it. `viewTitle`: the slide's default title, if not the chart's.
   */
  view?: ChartView | null;
  viewTitle?: string;
  children: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${props.id}-title`} className="render-when-near relative min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${props.id}-title`} className="text-xl font-semibold">
          {props.title}
        </h2>
        <div className="flex flex-wrap gap-2">
          {props.exportData && <ChartExport chartId={props.id} {...props.exportData} />}
          {props.view && <AddToBriefing view={props.view} defaultTitle={props.viewTitle ?? props.title} />}
          {props.view && <EmbedControl view={props.view} title={props.title} />}
        </div>
      </div>
      {props.subtitle && <p className="mt-1 text-sm text-slate-600">{props.subtitle}</p>}
      <p className="mt-2 text-sm" data-testid={`${props.id}-summary`}>
        {props.summary}
      </p>
      {/* The chart is not hidden from assistive technology: each bar is focusable and named (the compare chart's
          Recharts accessibility layer moves its tooltip with the arrow keys); the summary above and the data table
          below describe it in words. */}
      <div className="mt-3" data-chart-id={props.id}>
        {props.children}
      </div>
      {props.notes && <div className="mt-2 text-xs text-slate-600">{props.notes}</div>}
      <figcaption className="mt-2 text-xs text-slate-600">{props.asOf}</figcaption>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{props.tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{props.table}</div>
      </details>
    </figure>
  );
}
