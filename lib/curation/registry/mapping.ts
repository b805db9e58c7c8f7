// Small conversions shared by the entity definitions (form values ↔ Prisma data).
import type { References } from "./types";
export const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
/** Source keys in their reading order (R2 before R10). */
export const keysOf = (list: { key: string }[] | undefined) => (list ?? []).map((s) => s.key).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
export const sourcesInclude = { sources: { select: { key: true } } } as const;
export const setOrConnect = (mode: "create" | "update", keys: { key: string }[]) => (mode === "create" ? { connect: keys } : { set: keys });
/** A Decimal column as the form's string ("28.1"), or null. */
export const decimal = (v: { toString(): string } | null) => (v === null ? null : v.toString());

/** The evidence columns most curated rows end with: confidence, its note, the last check and the sources. */
type Evidence<C, D, S> = { confidence: C; confidenceNote: string | null; lastCheckedOn: D; sources: S };

/** A row's evidence columns as form values (source keys in reading order). */
export const evidenceInput = <C>(r: Evidence<C, Date | null, { key: string }[]>) => ({
  confidence: r.confidence,
  confidenceNote: r.confidenceNote ?? null,
  lastCheckedOn: iso(r.lastCheckedOn),
  sourceKeys: keysOf(r.sources),
});

/** The evidence form values as Prisma data; unknown source keys are collected in `refs` under "sourceKeys". */
export const evidenceData = async <C>(
  i: Omit<Evidence<C, string | null, never>, "sources"> & { sourceKeys: string[] },
  refs: Pick<References, "sources">,
  mode: "create" | "update",
) => ({
  confidence: i.confidence,
  confidenceNote: i.confidenceNote,
  lastCheckedOn: day(i.lastCheckedOn),
  sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
});
