import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { THROTTLE } from "@/lib/auth/throttle";
import { listSignInLocks, type SignInLockDto } from "@/lib/queries/sign-in-locks";
import { ClearLockForm } from "./clear-lock-form";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { pageLocale, titleMetadata } from "@/i18n/page";

// Admin-only and changing by the second: rendered per request.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("signInLocks", "title");

export default async function SignInLocksPage({ params }: PageProps<"/[locale]/admin/sign-in-locks">) {
  const { locale } = await pageLocale(params);
  // Before any read: the admin layout admits editors, this page is for admins only (the action checks again).
  await requirePagePermission("MANAGE_USERS", locale);
  const t = await getTranslations("signInLocks");
  const locks = await listSignInLocks();
  const subjectLabel = (lock: SignInLockDto) => {
    const s = lock.subject;
    if (!s) return lock.key;
    if (s.kind === "pair") return t("subjectPair", { email: s.email, address: s.address });
    if (s.kind === "account") return t("subjectAccount", { email: s.email });
    if (s.kind === "address") return t("subjectAddress", { address: s.address });
    return t("subjectPasswordChange", { userId: s.userId });
  };
  const minutes = (ms: number) => Math.round(ms / 60_000);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("rules", {
          pairMax: THROTTLE.pair.max,
          pairMinutes: minutes(THROTTLE.pair.lockMs),
          free: THROTTLE.account.free,
          accountMinutes: minutes(THROTTLE.account.windowMs),
          maxDelaySeconds: THROTTLE.account.maxDelayMs / 1000,
          addressMax: THROTTLE.address.max,
          addressMinutes: minutes(THROTTLE.address.lockMs),
        })}
        links={[{ href: "/admin/users", label: t("usersLink") }]}
      />
      {locks.length === 0 ? (
        <p data-testid="no-sign-in-locks" className="text-slate-700">
          {t("none")}
        </p>
      ) : (
        <Table caption={t("title")} data-testid="sign-in-locks">
          <THead>
            <tr>
              <Th>{t("subject")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("failures")}</Th>
              <Th>{t("since")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {locks.map((lock) => (
              <Tr key={lock.key} data-testid="sign-in-lock-row">
                <Td className="break-all">{subjectLabel(lock)}</Td>
                <Td>{lock.status === "counting" ? t("counting") : t(lock.status, { until: lock.until ? lock.until.replace("T", " ").slice(0, 19) : "—" })}</Td>
                <Td>{lock.failures}</Td>
                <Td>
                  <time dateTime={lock.windowStart}>{lock.windowStart.replace("T", " ").slice(0, 19)}</time>
                </Td>
                <Td>
                  <ClearLockForm lockKey={lock.key} label={subjectLabel(lock)} />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
