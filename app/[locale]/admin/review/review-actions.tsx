"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { discardDraftAction, publishRecordAction } from "../[entity]/actions";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "./review-status";

type Props = { entity: string; id: string; label: string; version: number; isNew: boolean; mayPublish: boolean; mayDiscard: boolean };

/** Publish / discard one queued draft at the version shown; a newer draft is reported as a conflict. */
export function ReviewActions(props: Props) {
  const t = useTranslations("review.queue");
  const router = useRouter();
  const announce = useAnnounce();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ text: string; conflict: boolean } | null>(null);
  const act = (kind: "publish" | "discard") =>
    start(async () => {
      if (kind === "discard" && !window.confirm(props.isNew ? t("confirmDiscardNew") : t("confirmDiscard"))) return;
      // A confirmation about another item must not stand beside this one's outcome.
      announce("");
      const r =
        kind === "publish" ? await publishRecordAction(props.entity, props.id, props.version) : await discardDraftAction(props.entity, props.id, props.version);
      if (r.ok) {
        // The refresh drops this item from the queue: the confirmation is shown above the queue instead.
        setMessage(null);
        announce(t(kind === "publish" ? "published_ok" : "discarded_ok", { label: props.label, version: r.version }));
        router.refresh();
      } else if (r.code === "conflict" && r.conflict) {
        setMessage({ text: t("conflict", { version: r.conflict.currentVersion, by: r.conflict.by ?? "?" }), conflict: true });
      } else {
        setMessage({ text: r.message, conflict: false });
      }
    });
  return (
    <div className="flex flex-wrap items-center gap-3">
      {props.mayPublish && (
        <Button variant="primary" disabled={pending} onClick={() => act("publish")}>
          {t("publish")}
        </Button>
      )}
      {props.mayDiscard && (
        <Button variant="danger" disabled={pending} onClick={() => act("discard")}>
          {t("discard")}
        </Button>
      )}
      {message && (
        <p role="status" className={`text-sm ${message.conflict ? "font-medium text-amber-900" : ""}`} data-testid="review-message">
          {message.text}{" "}
          {message.conflict && (
            <Button variant="link" size="inline" onClick={() => router.refresh()}>
              {t("reload")}
            </Button>
          )}
        </p>
      )}
    </div>
  );
}
