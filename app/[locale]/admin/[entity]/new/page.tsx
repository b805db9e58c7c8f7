import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getReferenceOptions } from "@/lib/queries/curation";
import { emptyValues } from "@/lib/validations/curated-forms";
import { entityParam } from "@/lib/validations/admin-list";
import { EntityForm } from "@/components/admin/entity-form";
import { getSourcePickerOptions } from "@/lib/queries/source-options";
import { pageLocale } from "@/i18n/page";

export const dynamic = "force-dynamic";

export default async function NewRecordPage({ params }: PageProps<"/[locale]/admin/[entity]/new">) {
  const { locale, entity: raw } = await pageLocale(params);
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const entity = entityParam.safeParse(raw);
  if (!entity.success) notFound();
  const t = await getTranslations("curation");
  return (
    <>
      <Link href={`/admin/${entity.data}`} className="text-sm text-brand-700 underline">
        {t("form.backToList")}
      </Link>
      <h1 className="text-3xl font-bold">{t("form.newTitle", { entity: t(`entities.${entity.data}`) })}</h1>
      <EntityForm
        entity={entity.data}
        id={null}
        version={null}
        initial={emptyValues(entity.data)}
        role={user.role === "ADMIN" ? "ADMIN" : "EDITOR"}
        canPublish={can(user.role, "PUBLISH")}
        options={await getReferenceOptions(user)}
        sources={await getSourcePickerOptions(user)}
      />
    </>
  );
}
