import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const LINKS = [
  { href: "/methodology", key: "methodology" },
  { href: "/methodology#cite", key: "cite" },
  { href: "/methodology#licence", key: "licence" },
  { href: "/methodology#report", key: "report" },
] as const;

/** The trust pages, reachable from every page: methodology, how to cite, the data licence, reporting an error. */
export async function SiteFooter() {
  const t = await getTranslations("trust.footer");
  const tOpen = await getTranslations("opendata.footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <nav
        aria-label={t("label")}
        className="site-container mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm sm:px-6"
        data-testid="site-footer"
      >
        {LINKS.map((l) => (
          <Link key={l.key} href={l.href} className="text-slate-700 underline hover:text-brand-700">
            {t(l.key)}
          </Link>
        ))}
        <Link href="/changes" className="text-slate-700 underline hover:text-brand-700">
          {tOpen("changes")}
        </Link>
        <Link href="/developers" className="text-slate-700 underline hover:text-brand-700">
          {tOpen("api")}
        </Link>
        <a href="/feed.xml" className="text-slate-700 underline hover:text-brand-700">
          {tOpen("feed")}
        </a>
      </nav>
    </footer>
  );
}
