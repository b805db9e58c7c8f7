import "server-only";
// The sources a curation form can cite, with what curators search them by (key, title, publisher).
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed } from "./admin";

export type SourceOption = { value: string; title: string; titleZh: string | null; publisher: string | null };

export async function getSourcePickerOptions(user: CurrentUser): Promise<SourceOption[]> {
  assertAllowed(user, "VIEW_ADMIN");
  const rows = await db().source.findMany({ where: { deletedAt: null }, select: { key: true, title: true, titleZh: true, publisher: true } });
  return rows
    .map((s) => ({ value: s.key, title: s.title, titleZh: s.titleZh, publisher: s.publisher || null }))
    .sort((a, b) => a.value.localeCompare(b.value, "en", { numeric: true }));
}
