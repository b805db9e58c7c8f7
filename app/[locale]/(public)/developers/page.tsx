import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { API_EXAMPLES, API_RESOURCES, allowedParams } from "@/lib/validations/api";
import { API_RATE_LIMIT } from "@/lib/http/rate-limit";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import { pageLocale, titleMetadata } from "@/i18n/page";

// The examples name the host the reader reached: rendered per request.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("opendata.developers", "metaTitle");

export default async function DevelopersPage({ params }: PageProps<"/[locale]/developers">) {
  await pageLocale(params);
  const t = await getTranslations("opendata.developers");
  const tChanges = await getTranslations("opendata.changes");
  // The examples name this server, as the browser reached it (the production server drops forged forwarded hosts).
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
  const code = "rounded bg-slate-100 px-1 font-mono text-sm";
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-3 text-sm">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline hover:text-brand-900">
            {t("openapi")}
          </a>{" "}
          <code className={code}>{origin}/api/v1/openapi.json</code>
        </p>
      </PageHeader>
      <Section titleId="api-endpoints" title={t("endpoints")}>
        <Table frameClassName="mt-3" data-testid="api-endpoints" scrollLabel={t("endpoints")}>
          <THead columns={[t("endpoint"), t("filters"), t("curl")]} />
          <tbody>
            {API_RESOURCES.map((r) => (
              <Tr key={r}>
                <Th scope="row" className="font-mono">
                  GET /api/v1/{r}
                </Th>
                <Td className="font-mono text-xs">{allowedParams(r).join(", ")}</Td>
                <Td>
                  <pre className="whitespace-pre-wrap break-all rounded bg-slate-900 p-2 text-xs text-slate-50" data-testid="curl-example" data-resource={r}>
                    {`curl '${origin}/api/v1/${r}?${API_EXAMPLES[r]}'`}
                  </pre>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </Section>
      <Section titleId="api-conventions" title={t("conventions")} className="max-w-3xl space-y-3 text-slate-800">
        <p>{t("envelope")}</p>
        <p>{t("paging")}</p>
        <p>{t("csv")}</p>
        <p>{t("published")}</p>
        <p>{t("errors", { limit: API_RATE_LIMIT.points })}</p>
        <p>{t("cache")}</p>
        <p>
          {t("changes", { feed: `${origin}/feed.xml`, example: `${origin}/feed/eu.xml` })}{" "}
          <Link href="/changes" className="text-brand-700 underline hover:text-brand-900">
            {tChanges("title")}
          </Link>
        </p>
      </Section>
    </div>
  );
}
