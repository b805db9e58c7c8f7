import { getTranslations } from "next-intl/server";
import { SiteLink } from "./site-link";

const LINKS = [
  { href: "/methodology", key: "trust.footer.methodology" },
  { href: "/methodology#cite", key: "trust.footer.cite" },
  { href: "/methodology#licence", key: "trust.footer.licence" },
  { href: "/methodology#report", key: "trust.footer.report" },
  { href: "/changes", key: "opendata.footer.changes" },
  { href: "/developers", key: "opendata.footer.api" },
  { href: "/feed.xml", key: "opendata.footer.feed", file: true },
] as const;

/** On every page: the trust pages (methodology, how to cite, the data licence, reporting an error) and the open data. */
export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <nav
        aria-label={t("trust.footer.label")}
        className="site-container mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm sm:px-6"
        data-testid="site-footer"
      >
        {LINKS.map((l) => (
          <SiteLink key={l.key} href={l.href} file={"file" in l} className="text-slate-700 underline hover:text-brand-700">
            {t(l.key)}
          </SiteLink>
        ))}
      </nav>
    </footer>
  );
}
