import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import type { RecordGroup } from "./change-groups";

/** One record's published changes: who published what when, each changed field before → after. */
export async function ChangeRecord({ record }: { record: RecordGroup }) {
  const t = await getTranslations("opendata.changes");
  const tField = await getTranslations("curation.fields");
  // Field names as the forms call them, where the form's label carries typing instructions a reader's name instead.
  const fieldLabel = (field: string) =>
    t.has(`fieldNames.${field}` as "fieldNames.amount") ? t(`fieldNames.${field}` as "fieldNames.amount") : tField.has(field as "code") ? tField(field as "code") : field;
  const locale = asDateLocale(await getLocale());
  const headingId = `change-${record.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="change-record" data-entity={record.entityType}>
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
              <table className="mt-1 w-full table-fixed border-collapse text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-left">
                    <th scope="col" className="w-1/5 py-1 pr-2">{t("field")}</th>
                    <th scope="col" className="py-1 pr-2">{t("before")}</th>
                    <th scope="col" className="py-1">{t("after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((f) => (
                    <tr key={f.field} className="border-b border-slate-100 align-top" data-testid="change-field" data-field={f.field}>
                      <th scope="row" className="py-1 pr-2 text-left font-normal">{fieldLabel(f.field)}</th>
                      <td className="break-words py-1 pr-2 text-slate-700" data-testid="before">
                        {f.before === null ? <span className="italic text-slate-600">{t("empty")}</span> : <del className="decoration-slate-400">{f.before}</del>}
                      </td>
                      <td className="break-words py-1" data-testid="after">
                        {f.after === null ? <span className="italic text-slate-600">{t("empty")}</span> : <ins className="no-underline">{f.after}</ins>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
