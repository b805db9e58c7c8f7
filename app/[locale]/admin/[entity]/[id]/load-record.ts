import "server-only";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getEditableRecord } from "@/lib/queries/curation";
import { entityParam } from "@/lib/validations/admin-list";
import { pageLocale } from "@/i18n/page";

/**
 * What the record's edit and history pages start with, in this order: the permission check before any read (the
 * layout's check does not stop a page from rendering and streaming), then a known entity and a record this user
 * may see, else 404.
 */
export async function loadAdminRecord(params: Promise<{ locale: string; entity: string; id: string }>) {
  const { locale, entity: raw, id } = await pageLocale(params);
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const entity = entityParam.safeParse(raw);
  if (!entity.success) notFound();
  const record = await getEditableRecord(user, entity.data, id);
  if (!record) notFound();
  return { user, entity: entity.data, id, record };
}
