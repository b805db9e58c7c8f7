"use client";
// "Embed" beside a chart's exports: a disclosure with the <iframe> snippet for this view (its current filters),
// live or frozen at a date, and a button that copies it.
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ChartView } from "@/lib/dto/decks";
import { FREEZABLE, embedPath, embedSnippet } from "@/lib/charts/embed-link";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";
import { Label } from "@/components/ui/label";

const today = () => new Date().toISOString().slice(0, 10);

type Props = { view: ChartView; title: string };

/**
 * The disclosure. Its panel is rendered the first time it opens (and kept, with its choices, after): the page's HTML
 * and hydration carry one summary per chart instead of a form each, and the panel reads this site's origin and the
 * reader's today when it mounts, in the browser, instead of re-rendering every chart's control after hydration.
 */
export function EmbedControl(props: Props) {
  const t = useTranslations("embed");
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before hydration (a quick tap on a slow phone): the toggle event was missed, so look once.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    // The panel hangs from the right edge of the chart's frame (the nearest positioned box, ChartFrame's <figure>),
    // not from the button: a button away from the right edge would push a wide panel off a phone's or tablet's screen.
    // On a phone it spans the frame, less a margin.
    <details ref={details} data-testid={`embed-${props.view.chart}`} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-50">{t("button")}</summary>
      {opened && <EmbedPanel {...props} />}
    </details>
  );
}

function EmbedPanel({ view, title }: Props) {
  const t = useTranslations("embed");
  const locale = useLocale() === "zh" ? "zh" : "en";
  const id = useId();
  const origin = useBrowserValue(() => window.location.origin, "");
  const [mode, setMode] = useState<"live" | "frozen">("live");
  // The freeze date starts at the reader's today (known in the browser) until they pick another.
  const readerToday = useBrowserValue(today, "");
  const [picked, setDate] = useState<string | null>(null);
  const date = picked ?? readerToday;
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const freezable = FREEZABLE.includes(view.chart);
  const at = freezable && mode === "frozen" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const path = embedPath(view, locale, at);
  const snippet = embedSnippet(origin, path, title);
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div
      role="group"
      aria-label={t("dialogTitle")}
      className="absolute inset-x-4 z-20 mt-1 space-y-2 sm:left-auto sm:w-[min(32rem,calc(100%-2rem))] rounded border border-slate-300 bg-white p-3 text-sm shadow-lg"
    >
      <p className="font-semibold">{t("dialogTitle")}</p>
      <p className="text-xs text-slate-700">{t("intro")}</p>
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium">{t("mode")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name={`${id}-mode`} value="live" checked={mode === "live"} onChange={() => setMode("live")} />
          {t("live")}
        </label>
        {freezable ? (
          <div className="flex flex-wrap items-center gap-2">
            <label className="flex items-center gap-2">
              <input type="radio" name={`${id}-mode`} value="frozen" checked={mode === "frozen"} onChange={() => setMode("frozen")} />
              {t("frozen")}
            </label>
            <label className="flex items-center gap-1 text-xs">
              {t("frozenDate")}
              <input
                type="date"
                value={date}
                max={today()}
                min="2000-01-01"
                onChange={(e) => setDate(e.target.value)}
                disabled={mode !== "frozen"}
                className="rounded border border-slate-300 px-1"
                data-testid="embed-date"
              />
            </label>
          </div>
        ) : (
          <p className="text-xs text-slate-700" data-testid="embed-live-only">
            {t("notFreezable")}
          </p>
        )}
      </fieldset>
      <Label size="xs" htmlFor={`${id}-snippet`}>
        {t("snippet")}
      </Label>
      <textarea
        id={`${id}-snippet`}
        readOnly
        value={snippet}
        rows={4}
        className="w-full rounded border border-slate-300 p-1 font-mono text-xs"
        data-testid="embed-snippet"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className="rounded bg-brand-700 px-2 py-1 text-white hover:bg-brand-900">
          {t("copy")}
        </button>
        <span aria-live="polite" className="text-xs text-slate-700">
          {copied === "ok" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
        <a href={path} target="_blank" rel="noopener" className="text-xs text-brand-700 underline" data-testid="embed-preview">
          {t("preview")}
        </a>
      </div>
    </div>
  );
}
