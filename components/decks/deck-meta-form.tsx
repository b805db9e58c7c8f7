"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { deleteDeckAction, updateDeckAction } from "@/app/[locale]/decks/actions";
import type { DeckSummaryDto } from "@/lib/dto/decks";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { DeckMetaFields, type DeckMeta } from "./deck-meta-fields";
import { useDeckAction } from "./use-deck-action";

/** Title, audience and briefing date, saved against the version this page was rendered with. */
export function DeckMetaForm({ deck }: { deck: DeckSummaryDto }) {
  const t = useTranslations("decks");
  const router = useRouter();
  const { run, pending, failure } = useDeckAction();
  const remove = useDeckAction();
  const [meta, setMeta] = useState<DeckMeta>({ title: deck.title, audience: deck.audience ?? "", briefingOn: deck.briefingOn ?? "" });
  const [saved, setSaved] = useState(false);
  const errors = failure?.fieldErrors ?? {};
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" data-testid="deck-details">
      <summary className="cursor-pointer text-lg font-semibold">{t("details")}</summary>
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          run(updateDeckAction, { deckId: deck.id, version: deck.version, ...meta }, () => setSaved(true));
        }}
      >
        <DeckMetaFields value={meta} onChange={setMeta} errors={errors} />
        <ActionError failure={failure} testId="deck-details-error" />
        {saved && (
          <p role="status" className="text-sm text-green-800">
            {t("saved")}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
          <Button
            disabled={remove.pending}
            onClick={() =>
              window.confirm(t("confirmDeleteDeck", { title: deck.title })) &&
              remove.run(deleteDeckAction, { deckId: deck.id, version: deck.version }, () => router.push("/decks"))
            }
          >
            {t("deleteDeck")}
          </Button>
        </div>
        <ActionError failure={remove.failure} />
      </form>
    </details>
  );
}
