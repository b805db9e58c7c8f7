"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { createDeckAction } from "@/app/[locale]/decks/actions";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { DeckMetaFields, type DeckMeta } from "./deck-meta-fields";
import { useDeckAction } from "./use-deck-action";

export function CreateDeckForm() {
  const t = useTranslations("decks");
  const router = useRouter();
  const { run, pending, failure } = useDeckAction();
  const [meta, setMeta] = useState<DeckMeta>({ title: "", audience: "", briefingOn: "" });
  const errors = failure?.fieldErrors ?? {};
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="new-deck-title"
      data-testid="create-deck-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(createDeckAction, meta, (r) => router.push(`/decks/${r.deckId}`));
      }}
    >
      <h2 id="new-deck-title" className="text-lg font-semibold">
        {t("newDeck")}
      </h2>
      <DeckMetaFields value={meta} onChange={setMeta} errors={errors} />
      <ActionError failure={failure} />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("saving") : t("create")}
      </Button>
    </form>
  );
}
