import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { clientMessages } from "@/components/layout/client-messages";

// Pages render on their first request and are then served from the cache (no database access at build time);
// curation revalidates them, and `revalidate` on each page bounds staleness after out-of-band changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · GovAtlas` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  // Only what the public client components read travels to the browser (server components use the full catalogs;
  // the signed-in areas add theirs, components/layout/area-messages.tsx).
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        {/* Feed autodiscovery (React hoists <link> into <head>). */}
        <link rel="alternate" type="application/atom+xml" title="GovAtlas — what changed" href="/feed.xml" />
        <NextIntlClientProvider messages={messages}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t("skip")}
          </a>
          <SiteHeader />
          <main id="main" className="site-container mx-auto w-full flex-1 max-w-7xl px-4 py-6 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
