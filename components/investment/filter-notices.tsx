import { getTranslations } from "next-intl/server";
import { YEAR_MAX, YEAR_MIN, type FilterNotice } from "@/lib/validations/investment-filters";

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
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="filter-notices">
      <p className="font-medium">{t("notice")}</p>
      <ul className="ml-5 list-disc">
        {notices.map((n, i) => (
          <li key={i}>{t(KEY[n.problem], { param: n.param, value: n.value, min: YEAR_MIN, max: YEAR_MAX })}</li>
        ))}
      </ul>
    </div>
  );
}
