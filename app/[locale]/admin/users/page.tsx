import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
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
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        links={[
          { href: "/admin/audit", label: t("auditLink") },
          { href: "/admin/sign-in-locks", label: t("signInLocksLink") },
          { href: "/account/password", label: t("passwordLink") },
        ]}
      />
      <Section titleId="create-user-heading" title={t("createTitle")} className="space-y-2">
        <CreateUserForm />
      </Section>
      <Section titleId="users-heading" title={t("listTitle", { count: users.length })} className="space-y-2">
        <UsersTable users={users} currentUserId={me.id} />
      </Section>
    </>
  );
}
