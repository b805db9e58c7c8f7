"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { PresentSlide, SlideDto } from "@/lib/dto/decks";
import { SlideCard, type DeckRef } from "./slide-card";

/**
 * The deck's slides in order. After a keyboard move the focus follows the moved slide's button (or its other
 * move button at either end), and the new position is announced.
 */
export function SlideList({ slides, shown, deck, canEdit }: { slides: SlideDto[]; shown: PresentSlide[]; deck: DeckRef; canEdit: boolean }) {
  const t = useTranslations("decks");
  const [moved, setMoved] = useState<{ slideId: string; direction: "up" | "down" } | null>(null);
  const movedIndex = moved ? slides.findIndex((s) => s.id === moved.slideId) : -1;
  // Announced from the list as rendered, so it names the slide's position once the server has re-ordered it.
  const announcement = movedIndex === -1 ? "" : t("slideHeading", { n: movedIndex + 1, title: slides[movedIndex].title });

  useEffect(() => {
    if (!moved) return;
    const card = document.querySelector(`[data-slide-id="${moved.slideId}"][data-testid="slide-card"]`);
    const same = card?.querySelector<HTMLButtonElement>(`button[data-move="${moved.direction}"]:not(:disabled)`);
    const other = card?.querySelector<HTMLButtonElement>(`button[data-move]:not(:disabled)`);
    (same ?? other)?.focus();
    // Runs again when the server has re-rendered the list in its new order.
  }, [slides, moved]);

  return (
    <>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <ol className="space-y-4" data-testid="slide-list">
        {slides.map((slide, i) => (
          <SlideCard
            key={slide.id}
            slide={slide}
            shown={shown[i]}
            index={i}
            total={slides.length}
            deck={deck}
            canEdit={canEdit}
            onMoved={(slideId, direction) => setMoved({ slideId, direction })}
          />
        ))}
      </ol>
    </>
  );
}
