"use client";
import { useTranslations } from "next-intl";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";

/** A citation in the recommended form, with this site's real address (known only in the browser). */
export function CiteExample({ view, path, asOf }: { view: string; path: string; asOf: string }) {
  const t = useTranslations("trust.cite");
  const origin = useBrowserValue(() => window.location.origin, "");
  const accessed = useBrowserValue(() => new Date().toISOString().slice(0, 10), "YYYY-MM-DD");
  return (
    <p className="text-sm text-slate-800" data-testid="cite-example">
      <span className="font-medium">{t("example")}:</span> {t("template", { view, url: `${origin}${path}`, asOf, accessed })}
    </p>
  );
}
