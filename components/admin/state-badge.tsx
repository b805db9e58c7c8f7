import { getTranslations } from "next-intl/server";

export async function StateBadge(props: { publication: string; pendingDraft: boolean; deleted: boolean }) {
  const t = await getTranslations("curation.state");
  const state = props.deleted ? "deleted" : props.pendingDraft ? "pending" : props.publication === "DRAFT" ? "draft" : "published";
  const [text, cls] = props.deleted
    ? [t("deleted"), "bg-red-100 text-red-900"]
    : props.pendingDraft
      ? [t("pending"), "bg-amber-100 text-amber-900"]
      : props.publication === "DRAFT"
        ? [t("DRAFT"), "bg-slate-200 text-slate-900"]
        : [t("PUBLISHED"), "bg-emerald-100 text-emerald-900"];
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${cls}`} data-testid="state-badge" data-state={state}>{text}</span>;
}
