import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

// The two lines every localized page starts with, and the title-only metadata most of them export. Permission
// checks stay in each page (a layout's check does not protect its pages): these helpers read no data.

type LocaleParams = { params: Promise<{ locale: string }> };

/** Reads the route's locale and makes it the request's locale for static rendering. */
export async function pageLocale<P extends { locale: string }>(params: Promise<P>): Promise<P> {
  const resolved = await params;
  setRequestLocale(resolved.locale);
  return resolved;
}

/** `generateMetadata` for a page whose title is one catalog message (plus fixed metadata such as robots). */
export function titleMetadata(namespace: string, key: string, extra: Metadata = {}) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const { locale } = await params;
    return { title: (await getTranslations({ locale, namespace }))(key), ...extra };
  };
}
