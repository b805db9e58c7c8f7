"use client";
import { useTranslations } from "next-intl";
import type { PresentSlide } from "@/lib/dto/decks";

/** The footer lines of a slide: its sources, and "data as of …" (frozen, live in a frozen deck, or live). */
export function useSlideFooter() {
  const t = useTranslations("present");
  return (slide: PresentSlide, frozenAt: string | null): string[] => {
    const data = slide.data;
    if (!data) return [];
    const asOf =
      slide.frozen && frozenAt
        ? t("frozenAsOf", { date: frozenAt.slice(0, 10) })
        : frozenAt
          ? t("liveAsOf", { date: data.asOf })
          : t("asOf", { date: data.asOf });
    const checked = data.lastChecked ? ` · ${t("lastChecked", { date: data.lastChecked })}` : "";
    return [data.sources.length ? t("sources", { sources: data.sources.join("; ") }) : "", `${asOf}${checked}`];
  };
}
