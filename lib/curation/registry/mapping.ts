// Small conversions shared by the entity definitions (form values ↔ Prisma data).
export const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
/** Source keys in their reading order (R2 before R10). */
export const keysOf = (list: { key: string }[] | undefined) => (list ?? []).map((s) => s.key).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
export const sourcesInclude = { sources: { select: { key: true } } } as const;
export const setOrConnect = (mode: "create" | "update", keys: { key: string }[]) => (mode === "create" ? { connect: keys } : { set: keys });
/** A Decimal column as the form's string ("28.1"), or null. */
export const decimal = (v: { toString(): string } | null) => (v === null ? null : v.toString());
