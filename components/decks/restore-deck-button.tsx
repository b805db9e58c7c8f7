"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { restoreDeckAction } from "@/app/[locale]/decks/actions";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { useDeckAction } from "./use-deck-action";

/** Restores a deleted deck at the version the list was rendered with; the server checks owner and the 30 days. */
export function RestoreDeckButton({ deck }: { deck: { id: string; version: number; title: string } }) {
  const t = useTranslations("decks");
  const { run, pending, failure } = useDeckAction();
  const [done, setDone] = useState(false);
  return (
    <div className="mt-2 space-y-1">
      <Button
        disabled={pending || done}
        aria-label={t("restoreLabel", { title: deck.title })}
        onClick={() => run(restoreDeckAction, { deckId: deck.id, version: deck.version }, () => setDone(true))}
      >
        {t("restore")}
      </Button>
      {done && (
        <p role="status" className="text-sm text-green-800">
          {t("restored")}
        </p>
      )}
      <ActionError failure={failure} />
    </div>
  );
}
