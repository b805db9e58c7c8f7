import { getTranslations } from "next-intl/server";
import { LoginForm } from "./login-form";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const generateMetadata = titleMetadata("auth", "title");

// Reads the query string, so it renders per request (the locale layout is otherwise static).
export const dynamic = "force-dynamic";

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/login">) {
  const { locale } = await pageLocale(params);
  const next = (await searchParams).next;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <LoginForm locale={locale} next={typeof next === "string" ? next : undefined} />
      <p className="mt-4 text-sm text-slate-600">{t("demoHint")}</p>
    </div>
  );
}
