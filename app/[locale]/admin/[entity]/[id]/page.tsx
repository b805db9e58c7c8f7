import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/roles";
import { getReferenceOptions } from "@/lib/queries/curation";
import { diffRecords, displayValue } from "@/lib/curation/diff";
import { EntityForm } from "@/components/admin/entity-form";
import { getSourcePickerOptions } from "@/lib/queries/source-options";
import { StateBadge } from "@/components/admin/state-badge";
import { DiffTable } from "@/components/admin/diff-table";
import { loadAdminRecord } from "./load-record";

export const dynamic = "force-dynamic";

export default async function EditRecordPage({ params }: PageProps<"/[locale]/admin/[entity]/[id]">) {
  const { user, entity, id, record } = await loadAdminRecord(params);
  const t = await getTranslations("curation");
  const changes = record.draft ? diffRecords(record.published, record.draft) : [];
  return (
    <>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/admin/${entity}`} className="text-brand-700 underline">
          {t("form.backToList")}
        </Link>
        <Link href={`/admin/${entity}/${id}/history`} className="text-brand-700 underline">
          {t("form.historyLink")}
        </Link>
      </div>
      <h1 className="text-2xl font-bold">{t("form.editTitle", { label: record.label })}</h1>
      <p>
        <StateBadge publication={record.publication} pendingDraft={Boolean(record.draft)} deleted={record.deleted} />
      </p>
      {record.deleted && <p className="rounded bg-red-50 p-2 text-sm text-red-900">{t("form.deletedBadge")}</p>}
      {record.draft && (
        <section className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="pending-draft">
          <p>{t("form.pendingDraft")}</p>
          <DiffTable
            frameClassName="mt-2"
            columns={{ field: t("conflict.field"), before: t("form.previewPublished"), after: t("form.previewDraft") }}
            rows={changes.map((c) => ({
              field: c.field,
              label: t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field,
              before: displayValue(c.before),
              after: displayValue(c.after),
            }))}
          />
        </section>
      )}
      <EntityForm
        entity={entity}
        id={record.id}
        version={record.version}
        initial={record.draft ?? record.published}
        role={user.role === "ADMIN" ? "ADMIN" : "EDITOR"}
        canPublish={can(user.role, "PUBLISH")}
        options={await getReferenceOptions(user)}
        sources={await getSourcePickerOptions(user)}
      />
    </>
  );
}
