// Investment slides (capex, private aggregates, initiatives) from their chart states. Every number comes from a
// chart state; nothing is summed or invented.
import type { CapexChart, CapexPoint } from "../../charts/capex-state";
import type { InitiativeGroup } from "../../charts/initiatives-state";
import type { PrivateChart } from "../../charts/private-investment-state";
import type { SlideData, TableCell } from "../../dto/decks";
import { sourceLines, type SourceTitles } from "./sources";

const round2 = (n: number) => Number(n.toFixed(2));

export type CapexLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { company: string; year: string; value: string; kind: string; sources: string };
  kinds: Record<string, string>;
  company: (name: string) => string;
  /** A sentence naming the points that are guidance or plans, not reported actuals. */
  projected: (points: string) => string;
};

/** Years on the axis, one series per company; the long table says which points are guidance, with sources. */
export function capexSlideData(chart: CapexChart, titles: SourceTitles, asOf: string, l: CapexLabels): SlideData | null {
  if (chart.companies.length === 0 || chart.rows.length === 0) return null;
  const point = (row: (typeof chart.rows)[number], company: string) => row[company] as CapexPoint | undefined;
  const rows: TableCell[][] = [];
  const keys: string[] = [];
  const projected: string[] = [];
  for (const c of chart.companies) {
    for (const row of chart.rows) {
      const p = point(row, c.name);
      if (!p) continue;
      rows.push([l.company(c.name), String(row.year), round2(p.value), l.kinds[p.kind] ?? p.kind, p.sources.join(", ")]);
      keys.push(...p.sources);
      if (p.kind !== "ACTUAL") projected.push(`${l.company(c.name)} ${row.year}`);
    }
  }
  return {
    title: l.title,
    // Bars cannot be hatched in every output (PowerPoint, PDF), so the subtitle names the non-actual points.
    subtitle: projected.length ? `${l.subtitle} ${l.projected(projected.join(", "))}` : l.subtitle,
    unit: l.unit,
    chartType: "grouped-bar",
    categories: chart.years.map(String),
    series: chart.companies.map((c) => ({
      name: l.company(c.name),
      values: chart.rows.map((row) => {
        const p = point(row, c.name);
        return p ? round2(p.value) : null;
      }),
    })),
    table: { columns: [l.columns.company, l.columns.year, l.columns.value, l.columns.kind, l.columns.sources], rows },
    sources: sourceLines(keys, titles),
    asOf,
  };
}

export type PrivateLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { country: string; year: string; value: string; sources: string };
  country: (name: string) => string;
};

export function privateSlideData(chart: PrivateChart, titles: SourceTitles, asOf: string, l: PrivateLabels): SlideData | null {
  if (chart.countries.length === 0) return null;
  const rows: TableCell[][] = [];
  for (const c of chart.countries) {
    for (const row of chart.rows) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      rows.push([l.country(c), String(row.year), value, (chart.sourcesByPoint[`${c}|${row.year}`] ?? []).join(", ")]);
    }
  }
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "grouped-bar",
    categories: chart.years.map(String),
    series: chart.countries.map((c) => ({ name: l.country(c), values: chart.rows.map((row) => (row[c] ?? null) as number | null) })),
    table: { columns: [l.columns.country, l.columns.year, l.columns.value, l.columns.sources], rows },
    sources: sourceLines(Object.values(chart.sourcesByPoint).flat(), titles),
    asOf,
  };
}

export type InitiativesLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { actor: string; value: string; stated: string; kind: string; horizon: string; sources: string };
  kinds: Record<string, string>;
  /** Whose money, by funding key (PUBLIC / PRIVATE / MIXED / UNSTATED): private programmes are marked on every bar. */
  funding?: { column: string; labels: Record<string, string> };
  /** "Pledges and plans are not money spent …" with the kinds shown; said on every output of the slide. */
  caveat?: (kinds: string[]) => string;
};

/**
 * One currency group (amounts in different currencies never share an axis). Each bar is labelled with its kind
 * ("EU (InvestAI) · Pledge"), so the kind reads the same on screen, in the PDF and in PowerPoint, where bars
 * cannot be patterned; a converted group says which period's rate each conversion used.
 */
export function initiativesSlideData(group: InitiativeGroup | undefined, titles: SourceTitles, asOf: string, l: InitiativesLabels): SlideData | null {
  if (!group || group.bars.length === 0) return null;
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "bar",
    categories: group.bars.map((b) => [b.label, l.kinds[b.kind] ?? b.kind, ...(l.funding ? [l.funding.labels[b.funding] ?? b.funding] : [])].join(" · ")),
    series: [{ name: l.unit, values: group.bars.map((b) => b.value) }],
    ...(l.caveat
      ? {
          caveat: [
            l.caveat([...new Set(group.bars.map((b) => l.kinds[b.kind] ?? b.kind))]),
            ...new Set(group.bars.map((b) => b.rateNote).filter((n): n is string => Boolean(n))),
          ].join(" "),
        }
      : {}),
    table: {
      columns: [
        l.columns.actor,
        l.columns.value,
        l.columns.stated,
        l.columns.kind,
        ...(l.funding ? [l.funding.column] : []),
        l.columns.horizon,
        l.columns.sources,
      ],
      rows: group.bars.map((b) => [
        b.label,
        b.value,
        b.stated,
        l.kinds[b.kind] ?? b.kind,
        ...(l.funding ? [l.funding.labels[b.funding] ?? b.funding] : []),
        b.horizon,
        b.sources.join(", "),
      ]),
    },
    sources: sourceLines(
      group.bars.flatMap((b) => b.sources),
      titles,
    ),
    asOf,
  };
}
