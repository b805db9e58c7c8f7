import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { ADMIN_PAGE_SIZE, listEntities } from "@/lib/queries/curation";
import { adminListParams, entityParam } from "@/lib/validations/admin-list";
import { StateBadge } from "@/components/admin/state-badge";
import { RecordLinks } from "@/components/admin/record-links";
import { LIST_COLUMNS, type ListCell } from "@/lib/review/list-columns";
import { Button, buttonVariants } from "@/components/ui/button";
import { THead, Table, Td, Tr } from "@/components/ui/table";
import { pageLocale } from "@/i18n/page";

export const dynamic = "force-dynamic";

export default async function EntityListPage({ params, searchParams }: PageProps<"/[locale]/admin/[entity]">) {
  const { locale, entity: raw } = await pageLocale(params);
  // Before any read: the layout's check does not stop this page from rendering and streaming.
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const entity = entityParam.safeParse(raw);
  if (!entity.success) notFound();
  const t = await getTranslations("curation");
  const tr = await getTranslations("review.list");
  const tAll = await getTranslations();
  const sp = await searchParams;
  const o = adminListParams.parse({ q: sp.q, sort: sp.sort, page: sp.page, deleted: sp.deleted, pending: sp.pending });
  const { rows, total } = await listEntities(user, entity.data, {
    q: o.q,
    sort: o.sort,
    page: o.page,
    showDeleted: o.deleted === "1",
    pending: o.pending === "1",
  });
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
          <Link href={`/admin/${entity.data}/new`} className={buttonVariants({ variant: "primary" })}>
            {t("list.new")}
          </Link>
          <a href={`/api/admin/export/${entity.data}`} className={buttonVariants()}>
            {t("list.exportCsv")}
          </a>
          {entity.data === "investmentFigures" && (
            <Link href="/admin/import" className={buttonVariants()}>
              {t("list.import")}
            </Link>
          )}
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
        <Button type="submit">{t("list.apply")}</Button>
      </form>
      <p className="text-sm" data-testid="record-count">
        {t("list.count", { count: total })}
      </p>
      <Table data-testid="entity-list">
        <THead
          columns={[
            t("list.label"),
            ...columns.map((c) => tr(`columns.${c.key}`)),
            t("list.state"),
            t("list.version"),
            t("list.updated"),
            <span key="edit" className="sr-only">
              {t("list.edit")}
            </span>,
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <Tr key={r.id} data-testid="entity-row" data-id={r.id}>
              <Td>{r.label}</Td>
              {columns.map((c) => (
                <Td key={c.key} className="whitespace-nowrap" data-column={c.key}>
                  {cellText(c.cell(r.values))}
                </Td>
              ))}
              <Td>
                <StateBadge publication={r.publication} pendingDraft={r.pendingDraft} deleted={r.deleted} />
              </Td>
              <Td className="tabular-nums">{r.version}</Td>
              <Td className="whitespace-nowrap">{r.updatedAt.slice(0, 16).replace("T", " ")}</Td>
              <Td className="whitespace-nowrap">
                <RecordLinks entity={entity.data} id={r.id} editLabel={t("list.edit")} historyLabel={t("list.history")} />
              </Td>
            </Tr>
          ))}
          {rows.length === 0 && (
            <Tr>
              <Td colSpan={5 + columns.length} className="text-slate-600">
                {t("list.empty")}
              </Td>
            </Tr>
          )}
        </tbody>
      </Table>
      {pages > 1 && (
        <nav aria-label={t("list.page", { page: o.page, pages })} className="flex gap-4 text-sm">
          {o.page > 1 && (
            <Link href={href(o.page - 1)} className="text-brand-700 underline">
              {t("list.previous")}
            </Link>
          )}
          <span>{t("list.page", { page: o.page, pages })}</span>
          {o.page < pages && (
            <Link href={href(o.page + 1)} className="text-brand-700 underline">
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
