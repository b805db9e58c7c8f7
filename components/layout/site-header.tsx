import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { AuthStatus } from "./auth-status";

const NAV = [
  { href: "/", key: "overview" },
  { href: "/investment", key: "investment" },
  { href: "/compare", key: "compare" },
  { href: "/timeline", key: "timeline" },
  { href: "/jurisdictions", key: "jurisdictions" },
  { href: "/sources", key: "sources" },
] as const;

// Rendered without reading the session, so public pages stay static; AuthStatus fills in on the client.
export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tTrust = await getTranslations("trust");
  const tMap = await getTranslations("map");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-900">
          GovAtlas
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-4 text-sm">
          {NAV.map((item) => (
            <Link key={item.key} href={item.href} className="text-slate-700 hover:text-brand-700 hover:underline">
              {t(item.key)}
            </Link>
          ))}
          <Link href="/map" className="text-slate-700 hover:text-brand-700 hover:underline">{tMap("nav")}</Link>
          <Link href="/methodology" className="text-slate-700 hover:text-brand-700 hover:underline">
            {tTrust("nav")}
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-4 text-sm">
          {/* The switcher reads the query string (to keep filters when switching language): client-only, so that
              the page around it can be rendered statically. */}
          <Suspense fallback={<span className="inline-block w-24" aria-hidden />}>
            <LocaleSwitcher label={t("language")} />
          </Suspense>
          <AuthStatus />
        </div>
      </div>
    </header>
  );
}
