import type { ReactNode } from "react";

/** A titled section of the jurisdiction page, reachable from the in-page navigation by its id. */
export function PageSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="render-when-near min-w-0 scroll-mt-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 max-w-3xl text-sm text-slate-700">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
