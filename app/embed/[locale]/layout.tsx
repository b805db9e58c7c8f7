import "../../globals.css";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";

// The embeds' own root layout: no site header, footer or navigation, no client provider (the page is drawn on the
// server and needs no script of its own). Any site may frame these pages (lib/security-headers.ts).
export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
