"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { useSyncedDeck } from "./use-synced-deck";

type Synced = ReturnType<typeof useSyncedDeck>;

/** Previous, next and black screen: the controls the audience stage and the presenter console both show. */
export function SlideNavButtons({ index, black, count, update }: Pick<Synced, "index" | "black" | "update"> & { count: number }) {
  const t = useTranslations("present");
  return (
    <>
      <Button variant="dark" onClick={() => update({ index: index - 1, black: false })} disabled={index === 0}>
        ← {t("previous")}
      </Button>
      <Button variant="dark" onClick={() => update({ index: index + 1, black: false })} disabled={index === count - 1}>
        {t("next")} →
      </Button>
      <Button variant="dark" onClick={() => update({ black: !black })} aria-pressed={black}>
        {t("black")} (B)
      </Button>
    </>
  );
}
