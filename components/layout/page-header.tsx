import type { ReactNode } from "react";
import { SiteLink } from "./site-link";

/** A related page under the header; `file` for an address outside the localised pages (a feed, a JSON file). */
export type HeaderLink = { href: string; label: string; file?: boolean };

/** A page's title and introduction; `children` go under them (in-page links, notes), then the related `links`. */
export function PageHeader({ title, intro, links, children }: { title: string; intro: ReactNode; links?: HeaderLink[]; children?: ReactNode }) {
  return (
    <header>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{intro}</p>
      {children}
      {links && (
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <SiteLink key={l.href} href={l.href} file={l.file} className="text-brand-700 underline hover:text-brand-900">
              {l.label}
            </SiteLink>
          ))}
        </p>
      )}
    </header>
  );
}
