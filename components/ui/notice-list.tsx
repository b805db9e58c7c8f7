import type { ReactNode } from "react";

/** A polite status box: a heading line and what it is about, one item a line (e.g. the filters a page set aside). */
export function NoticeList({ title, items, "data-testid": testId }: { title: ReactNode; items: ReactNode[]; "data-testid"?: string }) {
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid={testId}>
      <p className="font-medium">{title}</p>
      <ul className="ml-5 list-disc">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
