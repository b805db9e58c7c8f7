import type { HTMLAttributes, ReactNode } from "react";
import { cva, type VariantProps } from "class-variance-authority";

// A titled region of a page: the <section> is named by its heading (aria-labelledby), so assistive technology
// lists it under that name. Every other prop (className, data-testid, an id for in-page links) goes to the section.
export const sectionTitleVariants = cva("font-semibold", {
  variants: {
    size: { xs: "text-xs", lg: "text-lg", xl: "text-xl", "2xl": "text-2xl" },
  },
  defaultVariants: { size: "xl" },
});

type SectionProps = Omit<HTMLAttributes<HTMLElement>, "title"> &
  VariantProps<typeof sectionTitleVariants> & {
    /** The heading's id (what the section's aria-labelledby points to). */
    titleId: string;
    title: ReactNode;
    /** Spacing or colour for the heading alone (its size comes from `size`). */
    titleClassName?: string;
  };

export function Section({ titleId, title, size, titleClassName, children, ...props }: SectionProps) {
  return (
    <section aria-labelledby={titleId} {...props}>
      <h2 id={titleId} className={sectionTitleVariants({ size, className: titleClassName })}>
        {title}
      </h2>
      {children}
    </section>
  );
}
