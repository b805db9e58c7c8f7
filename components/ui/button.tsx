import type { ButtonHTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// One look for every button (and for links styled as buttons, through `buttonVariants`).
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1 rounded font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white hover:bg-brand-900",
        secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
        outline: "border border-brand-700 text-brand-700 hover:bg-brand-50",
        danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
        quiet: "text-brand-700 underline hover:text-brand-900",
      },
      size: { sm: "px-2 py-1 text-xs", md: "px-3 py-1.5 text-sm", lg: "px-4 py-2 text-sm" },
    },
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>;

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}
