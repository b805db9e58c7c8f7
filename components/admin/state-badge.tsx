import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const TONE = { deleted: "danger", pending: "warning", draft: "neutral", published: "success" } as const;

export async function StateBadge(props: { publication: string; pendingDraft: boolean; deleted: boolean }) {
  const t = await getTranslations("curation.state");
  const state = props.deleted ? "deleted" : props.pendingDraft ? "pending" : props.publication === "DRAFT" ? "draft" : "published";
  const text = { deleted: t("deleted"), pending: t("pending"), draft: t("DRAFT"), published: t("PUBLISHED") }[state];
  return (
    <Badge tone={TONE[state]} data-testid="state-badge" data-state={state}>
      {text}
    </Badge>
  );
}
