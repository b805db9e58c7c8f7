import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEntityCounts } from "@/lib/queries/admin";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const user = (await getCurrentUser())!;
  const counts = await getEntityCounts();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <p>{t("admin.intro", { name: user.name, role: t(`roles.${user.role}`) })}</p>
      <ul className="grid gap-3 sm:grid-cols-3" data-testid="entity-counts">
        {Object.entries(counts).map(([entity, n]) => (
          <li key={entity} className="rounded border border-slate-200 bg-white p-3">
            <span className="font-medium">{entity}</span>: <span className="tabular-nums">{n}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
