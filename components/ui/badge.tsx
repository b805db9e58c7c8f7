import type { HTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// Small status labels (published, draft, deleted, confidence…). The text carries the meaning; colour only helps.
export const badgeVariants = cva("inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      neutral: "bg-slate-100 text-slate-800",
      info: "bg-sky-100 text-sky-900",
      success: "bg-emerald-100 text-emerald-900",
      warning: "bg-amber-100 text-amber-900",
      danger: "bg-red-100 text-red-900",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ tone, className, ...props }: HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span className={badgeVariants({ tone, className })} {...props} />;
}
