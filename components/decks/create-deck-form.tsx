"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { createDeckAction } from "@/app/[locale]/decks/actions";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useDeckAction } from "./use-deck-action";

export function CreateDeckForm() {
  const t = useTranslations("decks");
  const router = useRouter();
  const { run, pending, failure } = useDeckAction();
  const [title, setTitle] = useState("");
  const [audience, setAudience] = useState("");
  const [briefingOn, setBriefingOn] = useState("");
  const errors = failure?.fieldErrors ?? {};
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="new-deck-title"
      data-testid="create-deck-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(createDeckAction, { title, audience, briefingOn }, (r) => router.push(`/decks/${r.deckId}`));
      }}
    >
      <h2 id="new-deck-title" className="text-lg font-semibold">
        {t("newDeck")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("deckTitle")} name="title" value={title} onChange={setTitle} error={errors.title} required />
        <TextField label={t("audience")} optionalLabel={t("optional")} name="audience" value={audience} onChange={setAudience} error={errors.audience} />
        <TextField
          label={t("briefingOn")}
          optionalLabel={t("optional")}
          name="briefingOn"
          type="date"
          value={briefingOn}
          onChange={setBriefingOn}
          error={errors.briefingOn}
        />
      </div>
      <ActionError failure={failure} />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("saving") : t("create")}
      </Button>
    </form>
  );
}
