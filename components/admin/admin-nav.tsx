import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getPendingReviewCount } from "@/lib/queries/review";

/**
 * The admin header on every admin page: where to go, and how many drafts wait (all of them for admins, the
 * editor's own for editors). Rendered by the admin layout for the user it has just checked.
 */
export async function AdminNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations("review.nav");
  const pending = await getPendingReviewCount(user);
  const admin = can(user.role, "PUBLISH");
  const link = "rounded px-2 py-1 text-brand-700 hover:bg-slate-100 hover:underline";
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-white px-3 py-2 text-sm"
      data-testid="admin-nav"
    >
      <Link href="/admin" className={link}>
        {t("home")}
      </Link>
      <Link href="/admin/review" className={`${link} font-medium`} data-testid="review-link">
        {admin ? t("queue") : t("myDrafts")}{" "}
        <span
          className={`ml-1 rounded-full px-2 py-0.5 text-xs tabular-nums ${pending > 0 ? "bg-amber-200 text-amber-950" : "bg-slate-100 text-slate-700"}`}
          data-testid="pending-count"
        >
          {pending}
        </span>
        <span className="sr-only"> ({t("count", { count: pending })})</span>
      </Link>
      <Link href="/admin/import" className={link}>
        {t("import")}
      </Link>
      {can(user.role, "VIEW_AUDIT") && (
        <Link href="/admin/audit" className={link}>
          {t("audit")}
        </Link>
      )}
      {can(user.role, "MANAGE_USERS") && (
        <Link href="/admin/users" className={link}>
          {t("users")}
        </Link>
      )}
    </nav>
  );
}
