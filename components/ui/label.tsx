import type { LabelHTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// A control's visible name, set above it (or around it): one look for every form's labels.
export const labelVariants = cva("block font-medium", {
  variants: { size: { sm: "text-sm", xs: "text-xs" } },
  defaultVariants: { size: "sm" },
});

export function Label({ size, className, ...props }: LabelHTMLAttributes<HTMLLabelElement> & VariantProps<typeof labelVariants>) {
  return <label className={labelVariants({ size, className })} {...props} />;
}
