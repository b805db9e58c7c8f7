import type { ButtonHTMLAttributes, Ref } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// One look for every button (and for links styled as buttons, through `buttonVariants`). Each property lives in
// exactly one variant (shape, colour, size), so no two classes ever compete for it.
const brandFocus = "focus-visible:outline-brand-700";

export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: `${brandFocus} bg-brand-700 text-white hover:bg-brand-900`,
        secondary: `${brandFocus} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100`,
        outline: `${brandFocus} border border-brand-700 text-brand-700 hover:bg-brand-50`,
        danger: `${brandFocus} border border-red-700 bg-white text-red-800 hover:bg-red-50`,
        /** Publishing: the one green action. */
        success: `${brandFocus} bg-emerald-700 text-white hover:bg-emerald-900`,
        successOutline: `${brandFocus} border border-emerald-700 bg-white text-emerald-800 hover:bg-emerald-50`,
        /** Overriding someone else's change. */
        warning: `${brandFocus} bg-amber-700 text-white hover:bg-amber-900`,
        quiet: `${brandFocus} text-brand-700 underline hover:text-brand-900`,
        /** An underlined action inside running text, in the text's own colour. */
        link: `${brandFocus} underline hover:no-underline`,
        /** Removing a chip (an ×): plain until hovered. */
        remove: `${brandFocus} text-slate-700 hover:bg-red-100 hover:text-red-800`,
        /** Controls on the dark presentation surfaces. */
        dark: "border border-slate-500 bg-slate-800 text-white hover:bg-slate-700 focus-visible:outline-sky-300",
      },
      size: {
        inline: "",
        icon: "px-1.5",
        sm: "px-2 py-1 text-xs",
        md: "px-3 py-1.5 text-sm",
        lg: "px-4 py-2 text-sm",
      },
      shape: { rounded: "rounded", pill: "rounded-full" },
    },
    defaultVariants: { variant: "secondary", size: "md", shape: "rounded" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants> & { ref?: Ref<HTMLButtonElement> };

export function Button({ variant, size, shape, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonVariants({ variant, size, shape, className })} {...props} />;
}
