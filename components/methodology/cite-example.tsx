"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

/** A citation in the recommended form, with this site's real address (known only in the browser). */
export function CiteExample({ view, path, asOf }: { view: string; path: string; asOf: string }) {
  const t = useTranslations("trust.cite");
  const [origin, setOrigin] = useState("");
  const [accessed, setAccessed] = useState("YYYY-MM-DD");
  useEffect(() => {
    setOrigin(window.location.origin);
    setAccessed(new Date().toISOString().slice(0, 10));
  }, []);
  return (
    <p className="text-sm text-slate-800" data-testid="cite-example">
      <span className="font-medium">{t("example")}:</span> {t("template", { view, url: `${origin}${path}`, asOf, accessed })}
    </p>
  );
}
