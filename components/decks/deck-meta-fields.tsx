"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

export type DeckMeta = { title: string; audience: string; briefingOn: string };

/** Title, audience and briefing date: the fields of the new-deck form and of a deck's details form. */
export function DeckMetaFields({ value, onChange, errors }: { value: DeckMeta; onChange: (next: DeckMeta) => void; errors: Partial<Record<string, string>> }) {
  const t = useTranslations("decks");
  const set = (field: keyof DeckMeta) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <TextField label={t("deckTitle")} name="title" value={value.title} onChange={set("title")} error={errors.title} required />
      <TextField
        label={t("audience")}
        optionalLabel={t("optional")}
        name="audience"
        value={value.audience}
        onChange={set("audience")}
        error={errors.audience}
      />
      <TextField
        label={t("briefingOn")}
        optionalLabel={t("optional")}
        name="briefingOn"
        type="date"
        value={value.briefingOn}
        onChange={set("briefingOn")}
        error={errors.briefingOn}
      />
    </div>
  );
}
