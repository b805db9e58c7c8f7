import { getTranslations } from "next-intl/server";
import type { InstrumentDto } from "@/lib/dto/jurisdictions";
import { InstrumentCard } from "./instrument-card";
import { PageSection } from "./page-section";

/** `within`: the page's sub-national jurisdictions (code → name), whose instruments are listed here too. */
export async function InstrumentsSection({ code, instruments, within = {} }: { code: string; instruments: InstrumentDto[]; within?: Record<string, string> }) {
  const t = await getTranslations("jurisdiction");
  return (
    <PageSection id="instruments" title={t("instrumentsTitle")} intro={t("instrumentsIntro")}>
      {instruments.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="space-y-4">
          {instruments.map((i) => (
            <InstrumentCard key={i.slug} instrument={i} pageCode={code} within={within} />
          ))}
        </div>
      )}
    </PageSection>
  );
}
