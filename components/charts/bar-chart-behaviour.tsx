"use client";
import { useRef, useState, type ReactNode } from "react";

type Tip = { key: string; title: string; lines: string[]; left: number; top: number };

export type BarTips = Record<string, { title: string; lines: string[] }>;

/**
 * The only client code of the server-drawn bar charts: shows the tooltip of the bar that is hovered or focused
 * (Escape hides it). Bars carry only their key (data-key; the same in every width tier's drawing), so each tooltip's
 * text is sent once; the drawings are in the server's HTML and CSS picks the one that fits the box.
 */
export function BarChartBehaviour(props: { testId: string; tips: BarTips; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const barOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>("[data-key]") : null);
  const show = (target: EventTarget | null) => {
    const bar = barOf(target);
    const el = box.current;
    if (!bar || !el) return;
    const r = bar.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const key = bar.getAttribute("data-key") ?? "";
    const text = props.tips[key];
    if (!text) return;
    // Kept inside the box: centred over the bar, shifted in near the edges.
    const x = r.left + r.width / 2 - b.left;
    const left = Math.min(Math.max(x, Math.min(140, b.width / 2)), Math.max(b.width - 140, b.width / 2));
    setTip({ key, title: text.title, lines: text.lines, left, top: Math.max(0, r.top - b.top - 6) });
  };
  const leave = (target: EventTarget | null) => {
    const key = barOf(target)?.getAttribute("data-key");
    setTip((t) => (t && t.key === key ? null : t));
  };

  return (
    <div
      ref={box}
      className={`chart-tiers relative ${props.className ?? ""}`}
      data-testid={props.testId}
      onKeyDown={(e) => e.key === "Escape" && setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={(e) => leave(e.target)}
      onMouseOver={(e) => show(e.target)}
      onMouseOut={(e) => leave(e.target)}
    >
      {props.children}
      {tip && (
        <div
          role="tooltip"
          data-testid="chart-tooltip"
          className="chart-tooltip pointer-events-none absolute z-10 max-w-[280px] -translate-x-1/2 -translate-y-full rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 shadow"
          style={{ left: tip.left, top: tip.top }}
        >
          <p className="font-semibold">{tip.title}</p>
          {tip.lines.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      )}
    </div>
  );
}
