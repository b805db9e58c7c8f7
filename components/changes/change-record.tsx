import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import type { RecordGroup } from "./change-groups";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";

/** One record's published changes: who published what when, each changed field before → after. */
export async function ChangeRecord({ record }: { record: RecordGroup }) {
  const t = await getTranslations("opendata.changes");
  const tField = await getTranslations("curation.fields");
  // Field names as the forms call them, where the form's label carries typing instructions a reader's name instead.
  const fieldLabel = (field: string) =>
    t.has(`fieldNames.${field}` as "fieldNames.amount")
      ? t(`fieldNames.${field}` as "fieldNames.amount")
      : tField.has(field as "code")
        ? tField(field as "code")
        : field;
  const locale = asDateLocale(await getLocale());
  const headingId = `change-${record.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="change-record"
      data-entity={record.entityType}
    >
      <h3 id={headingId} className="font-semibold">
        <span className="mr-2 text-sm font-normal text-slate-600">{t(`entity.${record.entityType}` as "entity.sources")}</span>
        {record.label}
      </h3>
      <p className="text-sm">
        <Link href={record.href} className="text-brand-700 underline hover:text-brand-900">
          {t("view")}
        </Link>
      </p>
      <ol className="mt-2 space-y-3">
        {record.changes.map((c) => (
          <li key={c.revisionId} data-testid="change" data-kind={c.kind}>
            <p className="text-sm text-slate-700">
              <span className="mr-2 font-medium">{c.kind === "added" ? t("added") : c.kind === "removed" ? t("removed") : null}</span>
              {t("published", { name: c.by ?? t("unknownPublisher"), date: `${formatDate(c.at.slice(0, 10), "DAY", locale)} ${c.at.slice(11, 16)} UTC` })}
            </p>
            {c.fields.length > 0 && (
              <Table frame="plain" density="compact" frameClassName="mt-1" className="table-fixed">
                <THead tone="plain">
                  <tr>
                    <Th className="w-1/5">{t("field")}</Th>
                    <Th>{t("before")}</Th>
                    <Th>{t("after")}</Th>
                  </tr>
                </THead>
                <tbody>
                  {c.fields.map((f) => (
                    <Tr key={f.field} data-testid="change-field" data-field={f.field}>
                      <Th scope="row">{fieldLabel(f.field)}</Th>
                      <Td className="break-words text-slate-700" data-testid="before">
                        {f.before === null ? (
                          <span className="italic text-slate-600">{t("empty")}</span>
                        ) : (
                          <del className="decoration-slate-400">{f.before}</del>
                        )}
                      </Td>
                      <Td className="break-words" data-testid="after">
                        {f.after === null ? <span className="italic text-slate-600">{t("empty")}</span> : <ins className="no-underline">{f.after}</ins>}
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
