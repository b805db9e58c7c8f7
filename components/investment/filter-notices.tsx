import { getTranslations } from "next-intl/server";
import { YEAR_MAX, YEAR_MIN, type FilterNotice } from "@/lib/validations/investment-filters";
import { NoticeList } from "@/components/ui/notice-list";

const KEY = {
  unknown: "noticeUnknown",
  "not-a-year": "noticeNotAYear",
  "out-of-range": "noticeRange",
  reversed: "noticeReversed",
  "too-long": "noticeTooLong",
} as const;

export async function FilterNotices({ notices }: { notices: FilterNotice[] }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("investment");
  const items = notices.map((n) => t(KEY[n.problem], { param: n.param, value: n.value, min: YEAR_MIN, max: YEAR_MAX }));
  return <NoticeList title={t("notice")} items={items} data-testid="filter-notices" />;
}
