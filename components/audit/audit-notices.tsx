import { getTranslations } from "next-intl/server";
import type { AuditFilterNotice } from "@/lib/validations/audit-filters";
import { NoticeList } from "@/components/ui/notice-list";

const KEY = { invalid: "noticeInvalid", unknown: "noticeUnknown", reversed: "noticeReversed", tooLong: "noticeTooLong" } as const;

export async function AuditNotices({ notices }: { notices: AuditFilterNotice[] }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("audit");
  return <NoticeList title={t("notice")} items={notices.map((n) => t(KEY[n.problem], { param: n.param, value: n.value }))} data-testid="audit-notices" />;
}
