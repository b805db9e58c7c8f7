import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/queries/users";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { pageLocale, titleMetadata } from "@/i18n/page";
import { Section } from "@/components/ui/section";

// Per-user data behind a role check: rendered on every request (the admin layout is dynamic as well).
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("users", "title");

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await pageLocale(params);
  // The layout admits editors too; user management is for admins only (each action checks again).
  const me = await requirePagePermission("MANAGE_USERS", locale);
  const t = await getTranslations("users");
  const users = await listUsers();
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin/audit" className="text-brand-700 underline">
            {t("auditLink")}
          </Link>
          <Link href="/admin/sign-in-locks" className="text-brand-700 underline">
            {t("signInLocksLink")}
          </Link>
          <Link href="/account/password" className="text-brand-700 underline">
            {t("passwordLink")}
          </Link>
        </p>
      </div>
      <Section titleId="create-user-heading" title={t("createTitle")} className="space-y-2">
        <CreateUserForm />
      </Section>
      <Section titleId="users-heading" title={t("listTitle", { count: users.length })} className="space-y-2">
        <UsersTable users={users} currentUserId={me.id} />
      </Section>
    </>
  );
}
