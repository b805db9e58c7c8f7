import type { ReactNode } from "react";

/** A page's title and introduction; `children` go under them (in-page links, notes). */
export function PageHeader({ title, intro, children }: { title: string; intro: ReactNode; children?: ReactNode }) {
  return (
    <header>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{intro}</p>
      {children}
    </header>
  );
}
