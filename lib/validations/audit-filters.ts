// Audit-log filters, parsed from the URL with zod. A bad value never fails the page: it is dropped (or
// corrected) and reported as a notice that the page shows.
import { z } from "zod";

export type AuditFilters = {
  action: string | null;
  actor: string | null;
  entityType: string | null;
  from: string | null; // YYYY-MM-DD (UTC day)
  to: string | null;
  page: number;
};

export type AuditFilterNotice = { param: string; value: string; problem: "invalid" | "unknown" | "reversed" | "tooLong" };

type Raw = Record<string, string | string[] | undefined>;

const MAX_PAGE = 100_000;

const fields = {
  action: z.string().regex(/^[a-z][a-z0-9._-]{0,63}$/i),
  actor: z.string().max(254),
  entityType: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  from: z.iso.date(),
  to: z.iso.date(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
} as const;

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function parseAuditFilters(raw: Raw): { filters: AuditFilters; notices: AuditFilterNotice[] } {
  const notices: AuditFilterNotice[] = [];
  const read = <K extends keyof typeof fields>(param: K): z.output<(typeof fields)[K]> | null => {
    const value = raw[param];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text) return null;
    const parsed = fields[param].safeParse(text);
    if (parsed.success) return parsed.data as z.output<(typeof fields)[K]>;
    const tooLong = text.length > 254;
    notices.push({ param, value: shown(text), problem: tooLong ? "tooLong" : "invalid" });
    return null;
  };
  let from = read("from");
  let to = read("to");
  if (from && to && from > to) {
    notices.push({ param: "from", value: `${from} > ${to}`, problem: "reversed" });
    [from, to] = [to, from];
  }
  return {
    filters: {
      action: read("action"),
      actor: read("actor"),
      entityType: read("entityType"),
      from,
      to,
      page: read("page") ?? 1,
    },
    notices,
  };
}

/** Drops a filter value that does not occur in the log (e.g. a mistyped action) and says so. */
export function dropUnknown(filters: AuditFilters, notices: AuditFilterNotice[], param: "action" | "entityType", known: string[]): AuditFilters {
  const value = filters[param];
  if (value === null || known.includes(value)) return filters;
  notices.push({ param, value: shown(value), problem: "unknown" });
  return { ...filters, [param]: null };
}

/** The URL query for a filter set (only the filters that are set), for pagination links. */
export function auditQuery(filters: AuditFilters, page: number): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["action", "actor", "entityType", "from", "to"] as const) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  if (page > 1) query.page = String(page);
  return query;
}
