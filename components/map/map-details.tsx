"use client";
// The map's only script: when the pointer or the keyboard focus is on a shaded jurisdiction, the panel beside the
// map shows its name, coding and rationale (read from the shape's data attributes, written on the server). The
// shapes are links to the jurisdictions' pages, so they are focusable without this; each also has a <title>.
import { useState, type ReactNode, type SyntheticEvent } from "react";

type Detail = { name: string; shown: string; coding: string; rationale: string };

function detailOf(target: EventTarget | null): Detail | null {
  const el = target instanceof Element ? target.closest<SVGElement>("[data-map-shape]") : null;
  if (!el) return null;
  const d = el.dataset;
  return { name: d.name ?? "", shown: d.shown ?? "", coding: d.coding ?? "", rationale: d.rationale ?? "" };
}

export function MapDetails({ children, title, hint }: { children: ReactNode; title: string; hint: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const show = (e: SyntheticEvent) => {
    const next = detailOf(e.target);
    if (next) setDetail(next);
  };
  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div onMouseOver={show} onFocus={show} className="min-w-0">
        {children}
      </div>
      <aside aria-labelledby="map-details-title" className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <h3 id="map-details-title" className="font-semibold">
          {title}
        </h3>
        <div aria-live="polite" data-testid="map-details">
          {detail ? (
            <dl className="mt-1 space-y-1">
              <dt className="sr-only">{title}</dt>
              <dd className="font-medium" data-testid="map-details-name">
                {detail.name}
              </dd>
              <dd className="text-xs text-slate-700">{detail.shown}</dd>
              <dd data-testid="map-details-coding">{detail.coding}</dd>
              {detail.rationale && (
                <dd className="text-xs text-slate-700" data-testid="map-details-rationale">
                  {detail.rationale}
                </dd>
              )}
            </dl>
          ) : (
            <p className="mt-1 text-xs text-slate-700">{hint}</p>
          )}
        </div>
      </aside>
    </div>
  );
}
