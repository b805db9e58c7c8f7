"use client";
import { useTranslations } from "next-intl";
import type { SelectionNotice } from "@/lib/charts/compare-state";

/** Polite notices for a `?j=` that could not be used as given, saying what was shown instead. */
export function SelectionNotices({ notices, names }: { notices: SelectionNotice[]; names: Record<string, string> }) {
  const t = useTranslations("compare.notices");
  const named = (codes: string[]) => codes.map((c) => (names[c] ? `${names[c]} (${c})` : c)).join(", ");
  return (
    <div role="status" aria-live="polite" data-testid="selection-notices">
      {notices.length > 0 && (
        <ul className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {notices.map((n) => (
            <li key={n.kind}>
              {n.kind === "unknown" && t("unknown", { codes: n.codes.join(", ") })}
              {n.kind === "tooMany" && t("tooMany", { codes: named(n.dropped) })}
              {n.kind === "tooFew" && t("tooFew", { codes: named(n.defaults) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
