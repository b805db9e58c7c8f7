import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { MATCH_KEY, matchesById } from "@/lib/curation/import-columns";
import { ENTITY_NAMES } from "@/lib/validations/curated";
import { entityParam } from "@/lib/validations/admin-list";
import { CsvImport } from "@/components/admin/csv-import";
import { buttonVariants } from "@/components/ui/button";
import { pageLocale } from "@/i18n/page";

export const dynamic = "force-dynamic";

export default async function ImportPage({ params, searchParams }: PageProps<"/[locale]/admin/import">) {
  const { locale } = await pageLocale(params);
  // Before any read: the layout's check does not stop this page from rendering.
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const t = await getTranslations("import");
  const names = await getTranslations("curation.entities");
  const chosen = entityParam.safeParse((await searchParams).entity);
  const entity = chosen.success ? chosen.data : "investmentFigures";
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <nav aria-label={t("entity")} className="flex flex-wrap gap-2 text-sm">
        {ENTITY_NAMES.map((e) => (
          <Link
            key={e}
            href={`/admin/import?entity=${e}`}
            aria-current={e === entity ? "page" : undefined}
            className={buttonVariants({ variant: e === entity ? "primary" : "secondary" })}
          >
            {names(e)}
          </Link>
        ))}
      </nav>
      <section className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="import-rules">
        <p>
          <a href={`/api/admin/export/${entity}`} className="font-medium text-brand-700 underline">
            {t("exportLink", { entity: names(entity) })}
          </a>
        </p>
        <p>{matchesById(entity) ? t("matchById") : t("matchKey", { columns: MATCH_KEY[entity].join(" + ") })}</p>
        <p>{t("versionNote")}</p>
        {user.role === "EDITOR" && <p>{t("draftNote")}</p>}
      </section>
      <CsvImport key={entity} entity={entity} canPublish={can(user.role, "PUBLISH")} />
    </>
  );
}
