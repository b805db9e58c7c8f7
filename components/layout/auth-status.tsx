"use client";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { logout } from "@/app/[locale]/(auth)/actions";

type SessionUser = { name: string; role: "ADMIN" | "EDITOR" | "VIEWER" };

// Reads the session in the browser so that the server-rendered public pages can be cached for everyone.
export function AuthStatus() {
  const t = useTranslations("nav");
  const tr = useTranslations("roles");
  const locale = useLocale();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  // Re-read on every navigation: signing in or out happens in a server action followed by a client-side
  // navigation, which keeps this header mounted.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => live && setUser(s?.user ? { name: s.user.name, role: s.user.role } : null))
      .catch(() => live && setUser(null));
    return () => {
      live = false;
    };
  }, [pathname]);
  // Until the session is read, an invisible twin of the sign-in link holds its exact box (most visitors are
  // anonymous), so the header does not change height or wrap differently when the link appears (layout shift).
  if (user === undefined) {
    return (
      <span className="invisible rounded px-3 py-1.5 font-medium" aria-hidden>
        {t("signIn")}
      </span>
    );
  }
  if (!user) {
    return (
      <Link href="/login" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Link href="/decks" className="text-slate-700 hover:underline">
        {t("decks")}
      </Link>
      {user.role !== "VIEWER" && (
        <Link href="/admin" className="text-slate-700 hover:underline">
          {t("admin")}
        </Link>
      )}
      <Link href="/account/password" className="text-slate-600 hover:underline" data-testid="signed-in-as" title={t("account")}>
        {t("signedInAs", { name: user.name, role: tr(user.role) })}
      </Link>
      <form action={logout}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
