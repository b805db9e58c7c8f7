"use client";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname, useRouter } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { useTransition } from "react";

const NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale() as Locale;
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{label}</span>
      <select
        className="rounded border border-slate-300 bg-white px-2 py-1"
        value={locale}
        disabled={pending}
        aria-label={label}
        onChange={(e) => {
          const next = e.target.value as Locale;
          const query = search.toString();
          startTransition(() => router.replace(`${pathname}${query ? `?${query}` : ""}`, { locale: next }));
        }}
      >
        {routing.locales.map((l) => (
          <option key={l} value={l} lang={l === "zh" ? "zh-CN" : "en"}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
