import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { ADMIN_PAGE_SIZE, listEntities } from "@/lib/queries/curation";
import { adminListParams, entityParam } from "@/lib/validations/admin-list";
import { StateBadge } from "@/components/admin/state-badge";
import { LIST_COLUMNS, type ListCell } from "@/lib/review/list-columns";

export const dynamic = "force-dynamic";

export default async function EntityListPage({ params, searchParams }: PageProps<"/[locale]/admin/[entity]">) {
  const { locale, entity: raw } = await params;
  setRequestLocale(locale);
  // Before any read: the layout's check does not stop this page from rendering and streaming.
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const entity = entityParam.safeParse(raw);
  if (!entity.success) notFound();
  const t = await getTranslations("curation");
  const tr = await getTranslations("review.list");
  const tAll = await getTranslations();
  const sp = await searchParams;
  const o = adminListParams.parse({ q: sp.q, sort: sp.sort, page: sp.page, deleted: sp.deleted, pending: sp.pending });
  const { rows, total } = await listEntities(user, entity.data, { q: o.q, sort: o.sort, page: o.page, showDeleted: o.deleted === "1", pending: o.pending === "1" });
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const href = (page: number) =>
    `/admin/${entity.data}?${new URLSearchParams({ q: o.q, sort: o.sort, page: String(page), ...(o.deleted ? { deleted: "1" } : {}), ...(o.pending ? { pending: "1" } : {}) })}`;
  const columns = LIST_COLUMNS[entity.data];
  const cellText = (c: ListCell) => ("text" in c ? c.text : tAll.has(`${c.enumOf}.${c.value}`) ? tAll(`${c.enumOf}.${c.value}`) : c.value);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t(`entities.${entity.data}`)}</h1>
        <div className="flex gap-3 text-sm">
          <Link href={`/admin/${entity.data}/new`} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white">{t("list.new")}</Link>
          <a href={`/api/admin/export/${entity.data}`} className="rounded border border-slate-300 bg-white px-3 py-1.5">{t("list.exportCsv")}</a>
          {entity.data === "investmentFigures" && <Link href="/admin/import" className="rounded border border-slate-300 bg-white px-3 py-1.5">{t("list.import")}</Link>}
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <label>
          <span className="block font-medium">{t("list.search")}</span>
          <input type="search" name="q" defaultValue={o.q} className="mt-1 rounded border border-slate-300 px-2 py-1" />
        </label>
        <label>
          <span className="block font-medium">{t("list.sort")}</span>
          <select name="sort" defaultValue={o.sort} className="mt-1 rounded border border-slate-300 px-2 py-1">
            <option value="updated">{t("list.sortUpdated")}</option>
            <option value="label">{t("list.sortLabel")}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="pending" value="1" defaultChecked={o.pending === "1"} /> {tr("pending")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="deleted" value="1" defaultChecked={o.deleted === "1"} /> {t("list.showDeleted")}
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">{t("list.apply")}</button>
      </form>
      <p className="text-sm" data-testid="record-count">{t("list.count", { count: total })}</p>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm" data-testid="entity-list">
          <thead className="border-b border-slate-300 bg-slate-50">
            <tr>
              <th scope="col" className="p-2">{t("list.label")}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="p-2">{tr(`columns.${c.key}`)}</th>
              ))}
              <th scope="col" className="p-2">{t("list.state")}</th>
              <th scope="col" className="p-2">{t("list.version")}</th>
              <th scope="col" className="p-2">{t("list.updated")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t("list.edit")}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100" data-testid="entity-row" data-id={r.id}>
                <td className="p-2">{r.label}</td>
                {columns.map((c) => (
                  <td key={c.key} className="p-2 whitespace-nowrap" data-column={c.key}>{cellText(c.cell(r.values))}</td>
                ))}
                <td className="p-2"><StateBadge publication={r.publication} pendingDraft={r.pendingDraft} deleted={r.deleted} /></td>
                <td className="p-2 tabular-nums">{r.version}</td>
                <td className="p-2 whitespace-nowrap">{r.updatedAt.slice(0, 16).replace("T", " ")}</td>
                <td className="p-2 whitespace-nowrap">
                  <Link href={`/admin/${entity.data}/${r.id}`} className="text-brand-700 underline">{t("list.edit")}</Link>{" · "}
                  <Link href={`/admin/${entity.data}/${r.id}/history`} className="text-brand-700 underline">{t("list.history")}</Link>
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr><td colSpan={5 + columns.length} className="p-3 text-slate-600">{t("list.empty")}</td></tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t("list.page", { page: o.page, pages })} className="flex gap-4 text-sm">
          {o.page > 1 && <Link href={href(o.page - 1)} className="text-brand-700 underline">{t("list.previous")}</Link>}
          <span>{t("list.page", { page: o.page, pages })}</span>
          {o.page < pages && <Link href={href(o.page + 1)} className="text-brand-700 underline">{t("list.next")}</Link>}
        </nav>
      )}
    </>
  );
}
