import { getTranslations } from "next-intl/server";
import { RecordLinks } from "@/components/admin/record-links";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getReviewQueue } from "@/lib/queries/review";
import { ReviewActions } from "./review-actions";
import { ReviewStatus } from "./review-status";
import { DiffTable } from "@/components/admin/diff-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("review.queue", "title");

export default async function ReviewQueuePage({ params }: PageProps<"/[locale]/admin/review">) {
  const { locale } = await pageLocale(params);
  // Before any read: the layout's check does not stop this page from rendering and streaming.
  const user = await requirePagePermission("EDIT_DRAFT", locale);
  const admin = can(user.role, "PUBLISH");
  const [t, tc, items] = await Promise.all([getTranslations("review.queue"), getTranslations("curation"), getReviewQueue(user)]);
  const field = (f: string) => (tc.has(`fields.${f}`) ? tc(`fields.${f}`) : f);
  return (
    <>
      <PageHeader title={admin ? t("title") : t("titleEditor")} intro={admin ? t("intro") : t("introEditor")} />
      <p className="text-sm" data-testid="review-count">
        {t("count", { count: items.length })}
      </p>
      {items.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
      <ReviewStatus>
        <ol className="space-y-4" data-testid="review-queue">
          {items.map((item) => (
            <li
              key={`${item.entity}:${item.id}`}
              className="rounded border border-slate-200 bg-white p-4"
              data-testid="review-item"
              data-entity={item.entity}
              data-id={item.id}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Badge className="mr-2">{tc(`entities.${item.entity}`)}</Badge>
                  {item.label}
                </h2>
                <span className="text-sm text-slate-600">
                  {item.kind === "new" ? t("kindNew") : t("kindChange")} · {t("version", { version: item.version })}
                </span>
              </div>
              <p className="text-sm text-slate-700" data-testid="review-saved-by">
                {t("savedBy", {
                  name: item.savedBy.name ? `${item.savedBy.name} <${item.savedBy.email}>` : t("unknownAuthor"),
                  at: item.savedAt.slice(0, 16).replace("T", " "),
                })}
              </p>
              <DiffTable
                frameClassName="mt-2"
                data-testid="review-diff"
                mark="strike"
                hideBefore={item.kind !== "change"}
                columns={{ field: t("field"), before: t("published"), after: t("draft") }}
                rows={item.changes.map((c) => ({ field: c.field, label: field(c.field), before: c.before, after: c.after }))}
                empty={t("noChanges")}
              />
              <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                <ReviewActions
                  entity={item.entity}
                  id={item.id}
                  label={item.label}
                  version={item.version}
                  isNew={item.kind === "new"}
                  mayPublish={item.mayPublish}
                  mayDiscard={item.mayDiscard}
                />
                <span className="text-sm">
                  <RecordLinks entity={item.entity} id={item.id} editLabel={t("edit")} historyLabel={t("history")} />
                </span>
              </div>
            </li>
          ))}
        </ol>
      </ReviewStatus>
    </>
  );
}
