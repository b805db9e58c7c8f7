"use client";
import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";

export type FilterableItem = { key: string; group: "seed" | "other"; text: string; node: ReactNode };

function matches(item: FilterableItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || item.text.includes(q);
}

// Every entry stays in the server-rendered HTML (so #source-… anchors work without JavaScript); the filter only
// hides entries. The query is mirrored in ?q= with replaceState, which keeps the page itself static.
export function SourceFilter({ items, total }: { items: FilterableItem[]; total: number }) {
  const t = useTranslations("sources");
  const inputId = useId();
  // The query starts from ?q= (read in the browser: the page itself is static) until the reader types.
  const fromUrl = useBrowserValue(() => (new URLSearchParams(window.location.search).get("q") ?? "").slice(0, 100), "");
  const [typed, setQuery] = useState<string | null>(null);
  const query = typed ?? fromUrl;

  function update(next: string) {
    setQuery(next);
    const url = new URL(window.location.href);
    if (next.trim()) url.searchParams.set("q", next);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }

  const shown = items.filter((i) => matches(i, query)).length;
  const groups = [
    { id: "seed", title: t("seedTitle"), items: items.filter((i) => i.group === "seed") },
    { id: "other", title: t("otherTitle"), items: items.filter((i) => i.group === "other") },
  ];
  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-col">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t("filterLabel")}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            maxLength={100}
            placeholder={t("filterPlaceholder")}
            onChange={(e) => update(e.target.value)}
            className="mt-1 w-72 max-w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm"
            data-testid="source-filter"
          />
        </div>
        {query && (
          <button type="button" onClick={() => update("")} className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
            {t("clearFilter")}
          </button>
        )}
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="filter-count">
          {t("filterCount", { shown, total })}
        </p>
      </div>
      {shown === 0 && <p className="mt-3 text-sm font-medium">{t("filterNone", { query: query.trim() })}</p>}
      {groups.map((g) => {
        const visible = g.items.some((i) => matches(i, query));
        return (
          <section key={g.id} aria-labelledby={`sources-${g.id}`} hidden={!visible} className="mt-6">
            <h2 id={`sources-${g.id}`} className="scroll-mt-4 text-xl font-semibold">
              {g.title}
            </h2>
            <ul className="mt-3 space-y-4">
              {g.items.map((i) => (
                <li key={i.key} hidden={!matches(i, query)}>
                  {i.node}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
