// Changes grouped for reading: by jurisdiction (in the site's usual order, states after their country, records
// tied to none last), then by record, newest change first. Pure.
import type { ChangeDto } from "@/lib/queries/open-data/changes";
import { sortLanes } from "@/lib/charts/timeline-state";

export type RecordGroup = { key: string; entityType: string; label: string; href: string; changes: ChangeDto[] };
export type JurisdictionGroup = { code: string | null; records: RecordGroup[] };

export function groupChanges(changes: ChangeDto[], parents: Record<string, string>): JurisdictionGroup[] {
  const byJ = new Map<string | null, Map<string, RecordGroup>>();
  for (const c of changes) {
    const records = byJ.get(c.jurisdictionCode) ?? new Map<string, RecordGroup>();
    byJ.set(c.jurisdictionCode, records);
    const key = `${c.entityType}:${c.entityId}`;
    // Changes arrive newest first: the record keeps its newest label and link.
    const group = records.get(key) ?? { key, entityType: c.entityType, label: c.label, href: c.href, changes: [] };
    group.changes.push(c);
    records.set(key, group);
  }
  const codes = sortLanes(
    [...byJ.keys()].filter((c): c is string => c !== null),
    parents,
  );
  return [...codes, ...(byJ.has(null) ? [null] : [])].map((code) => ({ code, records: [...byJ.get(code)!.values()] }));
}
