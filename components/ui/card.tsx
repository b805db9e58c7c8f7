import type { HTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// A record shown as a panel (an instrument, a flagged claim, a source, an expert's view). Each is the target of an
// in-page link (`#instrument-…`), so it keeps clear of the viewport's top edge when scrolled to.
const cardVariants = cva("scroll-mt-4", {
  variants: {
    tone: {
      /** A white raised panel. */
      raised: "rounded-lg border border-slate-200 bg-white p-4 shadow-sm",
      /** A raised panel with a red left rule: a claim the evidence contradicts. */
      flagged: "rounded-lg border-l-4 border-red-700 bg-white p-4 shadow-sm",
      /** A flat entry in a long list, ringed when it is the link's target. */
      entry: "rounded border border-slate-200 p-3 target:ring-2 target:ring-amber-500",
    },
  },
  defaultVariants: { tone: "raised" },
});

type CardProps = HTMLAttributes<HTMLElement> & VariantProps<typeof cardVariants> & { as?: "article" | "figure" };

export function Card({ as: Element = "article", tone, className, ...props }: CardProps) {
  return <Element className={cardVariants({ tone, className })} {...props} />;
}
