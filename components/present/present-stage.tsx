"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { PresentDeck } from "@/lib/dto/decks";
import { indexFromHash, keyAction, nextIndex } from "@/lib/decks/present-keys";
import { SlideView } from "./slide-view";
import { downloadSlidePng } from "./slide-png";
import { useSlideFooter } from "./use-slide-footer";
import { useSyncedDeck } from "./use-synced-deck";
import { useInertOutside } from "./use-inert-outside";
import { Button } from "@/components/ui/button";
import { SlideNavButtons } from "./slide-nav-buttons";

/** Keys that belong to a focused control (a button's Space/Enter) rather than to the slides. */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof HTMLElement && (target.matches("input, textarea, select") || (target.matches("button, a") && (key === " " || key === "Enter")));

/**
 * The audience window: one 16:9 slide filling the screen, keyboard and clicker navigation, black screen, full
 * screen, and a presenter view kept in sync. Everything shown is in `deck`: presenting makes no requests.
 */
export function PresentStage({ deck }: { deck: PresentDeck }) {
  const t = useTranslations("present");
  const td = useTranslations("decks");
  const locale = useLocale();
  const router = useRouter();
  const footerOf = useSlideFooter();
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const count = deck.slides.length;
  const { index, black, update } = useSyncedDeck(deck.id, count, "audience");
  const [fullscreen, setFullscreen] = useState(false);
  const slide = deck.slides[index];
  useInertOutside(root);

  // Open at the slide named in the address (#3). The address is not updated while presenting: a changed URL
  // makes the browser fetch the page icon again, and presenting must make no requests.
  useEffect(() => {
    const fromHash = () => update({ index: indexFromHash(window.location.hash, count) });
    fromHash();
    root.current?.focus();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [count, update]);

  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const leave = useCallback(() => router.push(`/decks/${deck.id}`), [router, deck.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      const action = keyAction(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      if (action === "exit") {
        // In full screen the browser uses Esc to leave full screen; outside it, Esc leaves the presentation.
        if (!document.fullscreenElement) leave();
      } else if (action === "black") update({ black: !black });
      else update({ index: nextIndex(action, index, count), black: false });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, black, count, update, leave]);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => {});
  };
  const openPresenter = () => window.open(`/${locale}/present/${deck.id}/presenter`, `govatlas-presenter-${deck.id}`, "popup=yes,width=1280,height=800");
  const downloadPng = () =>
    stage.current &&
    downloadSlidePng({
      root: stage.current,
      slide,
      footer: footerOf(slide, deck.frozenAt),
      message: td(`problem.${slide.problem ?? "no-data"}`),
      counter: t("counter", { current: index + 1, total: count }),
      filename: `govatlas-slide-${index + 1}.png`,
    });

  return (
    <div ref={root} tabIndex={-1} className="fixed inset-0 z-50 flex flex-col bg-black outline-none" data-testid="present-root">
      <div className="relative flex min-h-0 flex-1 items-center justify-center">
        <div
          ref={stage}
          className="relative w-[min(100vw,calc((100vh-3.5rem)*16/9))]"
          role="region"
          aria-roledescription="slide"
          aria-label={t("stageLabel", { current: index + 1, total: count, title: slide.title })}
          data-testid="present-stage"
          data-index={index}
        >
          <SlideView slide={slide} frozenAt={deck.frozenAt} testId="present-slide" />
          <p
            className="absolute right-[1.2%] bottom-[1%] text-[clamp(12px,1.1vw,28px)] font-medium text-slate-700 tabular-nums"
            data-testid="slide-counter"
            aria-live="polite"
          >
            {t("counter", { current: index + 1, total: count })}
          </p>
        </div>
        {black && (
          <div className="absolute inset-0 flex items-end justify-center bg-black p-4" data-testid="black-screen">
            <p className="sr-only" role="status">
              {t("blackHint")}
            </p>
          </div>
        )}
      </div>
      <div className="flex min-h-12 shrink-0 flex-wrap items-center justify-center gap-2 bg-slate-900 px-2 py-1.5" role="toolbar" aria-label={t("keysHelp")}>
        <SlideNavButtons index={index} black={black} count={count} update={update} />
        <Button variant="dark" onClick={toggleFullscreen}>
          {fullscreen ? t("exitFullscreen") : t("fullscreen")}
        </Button>
        <Button variant="dark" onClick={openPresenter}>
          {t("presenterView")}
        </Button>
        <Button variant="dark" onClick={downloadPng}>
          {t("downloadPng")}
        </Button>
        <Button variant="dark" onClick={leave}>
          {t("exit")} (Esc)
        </Button>
      </div>
    </div>
  );
}
