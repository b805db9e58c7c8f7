"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { PresentDeck } from "@/lib/dto/decks";
import { keyAction, nextIndex } from "@/lib/decks/present-keys";
import { SlideView } from "./slide-view";
import { useSyncedDeck } from "./use-synced-deck";
import { useInertOutside } from "./use-inert-outside";
import { Button } from "@/components/ui/button";
import { SlideNavButtons } from "./slide-nav-buttons";
import { Section } from "@/components/ui/section";

function useElapsed() {
  // Both start at the same instant, so the first render (server and client alike) shows 00:00.
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(seconds / 3600) ? `${Math.floor(seconds / 3600)}:` : ""}${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return { text, reset: () => setStart(Date.now()) };
}

/** The presenter's window: current and next slide, speaker notes and a timer; moves here move the audience window. */
export function PresenterConsole({ deck }: { deck: PresentDeck }) {
  const t = useTranslations("present");
  const count = deck.slides.length;
  const { index, black, update } = useSyncedDeck(deck.id, count, "presenter");
  const elapsed = useElapsed();
  const current = deck.slides[index];
  const next = deck.slides[index + 1];
  const root = useRef<HTMLDivElement>(null);
  useInertOutside(root);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof HTMLElement && e.target.matches("button, a, input, textarea, select") && (e.key === " " || e.key === "Enter")) return;
      const action = keyAction(e.key, e.shiftKey);
      if (!action || action === "exit") return;
      e.preventDefault();
      if (action === "black") update({ black: !black });
      else update({ index: nextIndex(action, index, count), black: false });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, black, count, update]);

  return (
    <div ref={root} className="fixed inset-0 z-50 overflow-auto bg-slate-950 p-4 text-white" data-testid="presenter-root">
      <div className="mx-auto grid max-w-[1800px] gap-4 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="presenter-current">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h1 id="presenter-current" className="text-xl font-semibold">
              {t("current")}
            </h1>
            <p className="text-2xl font-bold tabular-nums" data-testid="presenter-counter" aria-live="polite">
              {t("counter", { current: index + 1, total: count })}
            </p>
          </div>
          <div className={black ? "opacity-30" : ""}>
            <SlideView slide={current} frozenAt={deck.frozenAt} testId="presenter-current-slide" />
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <SlideNavButtons index={index} black={black} count={count} update={update} />
          </div>
          <p className="mt-2 text-sm text-slate-300">{t("syncHint")}</p>
        </section>
        <div className="space-y-4">
          <Section titleId="presenter-timer" title={t("elapsed")} size="lg" className="flex items-center justify-between rounded border border-slate-700 p-3">
            <p className="font-mono text-4xl tabular-nums" data-testid="presenter-timer">
              {elapsed.text}
            </p>
            <Button variant="dark" onClick={elapsed.reset}>
              {t("resetTimer")}
            </Button>
          </Section>
          <Section titleId="presenter-notes" title={t("speakerNotes")} size="lg" className="rounded border border-slate-700 p-3">
            <p className="mt-2 text-2xl leading-snug whitespace-pre-line" data-testid="presenter-notes">
              {current.notes || t("noNotes")}
            </p>
          </Section>
          <Section titleId="presenter-next" title={t("nextUp")} size="lg" titleClassName="mb-2">
            {next ? (
              <div className="max-w-md">
                <SlideView slide={next} frozenAt={deck.frozenAt} testId="presenter-next-slide" />
              </div>
            ) : (
              <p className="text-slate-300" data-testid="presenter-end">
                {t("endOfDeck")}
              </p>
            )}
          </Section>
        </div>
      </div>
    </div>
  );
}
