"use client";
import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";

export type FilterableItem = { key: string; text: string; node: ReactNode };
export type FilterableGroup = { id: string; title: string; open?: boolean; kinds: { kind: string; title: string; items: FilterableItem[] }[] };

function matches(item: FilterableItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || item.text.includes(q);
}

/**
 * Opens every <details> around the element a "#…" address names (its group, and the entry's own details), then
 * scrolls to it: a source stays addressable as /sources#source-R6 while its group is collapsed. Runs on load, on
 * hashchange, and before a same-page link is followed (Next's <Link> changes the hash with pushState, which fires
 * no hashchange).
 */
function reveal(hash: string) {
  if (hash.length < 2) return;
  let el: HTMLElement | null = null;
  try {
    el = document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return;
  }
  if (!el) return;
  for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
  el.querySelectorAll<HTMLDetailsElement>("details[data-reveal]").forEach((d) => (d.open = true));
  const target = el;
  requestAnimationFrame(() => target.scrollIntoView({ block: "start" }));
}

function useRevealTarget() {
  useEffect(() => {
    reveal(window.location.hash);
    const onHash = () => reveal(window.location.hash);
    const onClick = (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href*='#']") : null;
      if (!a) return;
      const url = new URL(a.href, window.location.href);
      if (url.pathname === window.location.pathname) reveal(url.hash);
    };
    window.addEventListener("hashchange", onHash);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("hashchange", onHash);
      document.removeEventListener("click", onClick, true);
    };
  }, []);
}

// Every entry stays in the server-rendered HTML (so #source-… anchors work without JavaScript: Chromium opens a
// closed <details> for a fragment); the filter only hides entries and opens the groups that hold matches. The
// query is mirrored in ?q= with replaceState, which keeps the page itself static.
export function SourceFilter({ groups, total }: { groups: FilterableGroup[]; total: number }) {
  const t = useTranslations("sources");
  const inputId = useId();
  useRevealTarget();
  // The query starts from ?q= (read in the browser: the page itself is static) until the reader types.
  const fromUrl = useBrowserValue(() => (new URLSearchParams(window.location.search).get("q") ?? "").slice(0, 100), "");
  const [typed, setQuery] = useState<string | null>(null);
  const query = typed ?? fromUrl;
  const filtering = query.trim() !== "";

  function update(next: string) {
    setQuery(next);
    const url = new URL(window.location.href);
    if (next.trim()) url.searchParams.set("q", next);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }

  const count = (items: FilterableItem[]) => items.filter((i) => matches(i, query)).length;
  const shown = groups.reduce((n, g) => n + g.kinds.reduce((m, k) => m + count(k.items), 0), 0);
  const countText = (n: number, of: number) => (filtering ? t("groupCountFiltered", { shown: n, total: of }) : t("groupCount", { count: of }));
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
      <div className="mt-4 space-y-3">
        {groups.map((g) => {
          const all = g.kinds.flatMap((k) => k.items);
          const inGroup = count(all);
          return (
            // While filtering, the groups holding matches open; otherwise each stays as the reader left it.
            <details
              key={g.id}
              id={g.id}
              open={filtering || g.open ? true : undefined}
              hidden={inGroup === 0}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
              data-testid="source-group"
            >
              <summary className="cursor-pointer px-4 py-3">
                <h2 className="inline text-lg font-semibold">{g.title}</h2>{" "}
                <span className="text-sm text-slate-700" data-testid="source-group-count">
                  {countText(inGroup, all.length)}
                </span>
              </summary>
              <div className="space-y-4 border-t border-slate-100 px-4 pb-4 pt-3">
                {g.kinds.map((k) => (
                  <section key={k.kind} aria-labelledby={`${g.id}-${k.kind}`} hidden={count(k.items) === 0} data-kind={k.kind}>
                    <h3 id={`${g.id}-${k.kind}`} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
                      {k.title} <span className="font-normal normal-case">({countText(count(k.items), k.items.length)})</span>
                    </h3>
                    <ul className="mt-2 space-y-2">
                      {k.items.map((i) => (
                        <li key={i.key} hidden={!matches(i, query)}>
                          {i.node}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            </details>
          );
        })}
      </div>
    </div>
  );
}
