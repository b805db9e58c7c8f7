import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { AuthStatus } from "./auth-status";
import { SiteMenu } from "./site-menu";

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
  const links = [
    ...NAV.map((item) => ({ href: item.href, label: t(item.key) })),
    { href: "/map", label: tMap("nav") },
    { href: "/methodology", label: tTrust("nav") },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="site-container mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-900">
          GovAtlas
        </Link>
        <SiteMenu label={t("menu")}>
          <nav aria-label={t("mainNav")} className="flex flex-col text-base lg:flex-row lg:flex-wrap lg:gap-4 lg:text-sm" data-testid="main-nav">
            {links.map((item) => (
              <Link key={item.href} href={item.href} className="rounded py-2 text-slate-700 hover:text-brand-700 hover:underline lg:py-0">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex flex-wrap items-center gap-4 text-sm lg:ml-auto">
            {/* The switcher reads the query string (to keep filters when switching language): client-only, so that
                the page around it can be rendered statically. */}
            <Suspense fallback={<span className="inline-block w-24" aria-hidden />}>
              <LocaleSwitcher label={t("language")} />
            </Suspense>
            <AuthStatus />
          </div>
        </SiteMenu>
      </div>
    </header>
  );
}
