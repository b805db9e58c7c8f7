import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInPath } from "@/lib/http/return-path";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { pageLocale, titleMetadata } from "@/i18n/page";

// Depends on the signed-in user: rendered per request.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("account", "passwordTitle");

export default async function ChangePasswordPage({ params }: PageProps<"/[locale]/account/password">) {
  const { locale } = await pageLocale(params);
  // Any role may change their own password; anonymous (or deactivated) visitors sign in first.
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(locale, `/${locale}/account/password`, `/${locale}`));
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("passwordTitle")}</h1>
      <p className="mb-4 mt-1 text-sm text-slate-600">{t("signedInAs", { email: user.email })}</p>
      <ChangePasswordForm email={user.email} />
    </div>
  );
}
