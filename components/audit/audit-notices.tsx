import { getTranslations } from "next-intl/server";
import type { AuditFilterNotice } from "@/lib/validations/audit-filters";

const KEY = { invalid: "noticeInvalid", unknown: "noticeUnknown", reversed: "noticeReversed", tooLong: "noticeTooLong" } as const;

export async function AuditNotices({ notices }: { notices: AuditFilterNotice[] }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("audit");
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="audit-notices">
      <p className="font-medium">{t("notice")}</p>
      <ul className="ml-5 list-disc">
        {notices.map((n, i) => (
          <li key={i}>{t(KEY[n.problem], { param: n.param, value: n.value })}</li>
        ))}
      </ul>
    </div>
  );
}
