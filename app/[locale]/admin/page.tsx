import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getEntityCounts } from "@/lib/queries/admin";
import { ENTITY_NAMES } from "@/lib/validations/curated";
import { pageLocale } from "@/i18n/page";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await pageLocale(params);
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const t = await getTranslations();
  const counts = await getEntityCounts(user);
  const tools = [
    { href: "/admin/import", label: t("curation.home.importCsv"), show: true },
    { href: "/decks", label: t("curation.home.decks"), show: true },
    { href: "/admin/users", label: t("curation.home.users"), show: can(user.role, "MANAGE_USERS") },
    { href: "/admin/audit", label: t("curation.home.audit"), show: can(user.role, "VIEW_AUDIT") },
    { href: "/account/password", label: t("curation.home.account"), show: true },
  ].filter((x) => x.show);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <p>{t("admin.intro", { name: user.name, role: t(`roles.${user.role}`) })}</p>
      <Section titleId="entities-title" title={t("curation.home.entities")} titleClassName="mb-2">
        <ul className="grid gap-3 sm:grid-cols-3" data-testid="entity-counts">
          {ENTITY_NAMES.map((entity) => (
            <li key={entity}>
              <Link href={`/admin/${entity}`} className="block rounded border border-slate-200 bg-white p-3 hover:border-brand-700">
                <span className="font-medium">{t(`curation.entities.${entity}`)}</span>: <span className="tabular-nums">{counts[entity]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section titleId="tools-title" title={t("curation.home.tools")} titleClassName="mb-2">
        <ul className="flex flex-wrap gap-3">
          {tools.map((x) => (
            <li key={x.href}>
              <Link href={x.href} className="block rounded border border-slate-200 bg-white px-3 py-2 text-brand-700 underline">
                {x.label}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
