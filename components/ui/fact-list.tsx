import { Fragment, type ReactNode } from "react";
import { cx } from "class-variance-authority";

/** One row of a record's facts; `testId` and `lang` go to the value. */
export type Fact = { label: ReactNode; value: ReactNode; testId?: string; lang?: string };

/** What a record may lack: `cond && fact` leaves a falsy entry, which the list skips. */
type MaybeFact = Fact | false | null | undefined | "";

const isFact = (f: MaybeFact): f is Fact => Boolean(f);

/** Label → value rows (a `<dl>`), labels in a column of their own from small screens up. */
export function FactList({ facts, className }: { facts: MaybeFact[]; className?: string }) {
  return (
    <dl className={cx("grid gap-x-4 sm:grid-cols-[max-content_1fr]", className)}>
      {facts.filter(isFact).map((f, n) => (
        <Fragment key={n}>
          <dt className="font-medium text-slate-700">{f.label}</dt>
          <dd data-testid={f.testId} lang={f.lang}>
            {f.value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
