import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";

// Data tables: a scrolling frame, a caption for screen readers, header cells with scope. Cell padding belongs to
// the table (its density), so cells carry only what is particular to them.

const frameVariants = cva("", {
  variants: {
    /** card: a framed white panel that scrolls sideways; plain: scrolls sideways, no frame; none: no wrapper. */
    frame: { card: "overflow-x-auto rounded-lg border border-slate-200 bg-white", plain: "overflow-x-auto", none: "" },
  },
  defaultVariants: { frame: "card" },
});

const tableVariants = cva("w-full text-left", {
  variants: {
    density: {
      normal: "text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2",
      /** Before/after tables inside a panel. */
      compact: "text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3",
      /** The caller sizes type and cells (slides). */
      none: "",
    },
  },
  defaultVariants: { density: "normal" },
});

type TableProps = HTMLAttributes<HTMLTableElement> &
  VariantProps<typeof frameVariants> &
  VariantProps<typeof tableVariants> & {
    caption?: string;
    frameClassName?: string;
    /** A table that may be wider than a phone: its frame takes focus so that a keyboard reader can scroll it. */
    scrollLabel?: string;
  };

export function Table({ caption, className, frame, density, frameClassName, scrollLabel, children, ...props }: TableProps) {
  const table = (
    <table className={tableVariants({ density, className })} {...props}>
      {caption && <caption className="sr-only">{caption}</caption>}
      {children}
    </table>
  );
  if (frame === "none") return table;
  const focus = scrollLabel ? { tabIndex: 0, role: "region", "aria-label": scrollLabel } : {};
  return (
    <div className={frameVariants({ frame, className: frameClassName })} {...focus}>
      {table}
    </div>
  );
}

const theadVariants = cva("", {
  variants: { tone: { shaded: "bg-slate-100", plain: "border-b border-slate-300" } },
  defaultVariants: { tone: "shaded" },
});

/** The header; `columns` renders one row of column headers (falsy entries are left out). */
export function THead({
  className,
  tone,
  columns,
  children,
  ...props
}: HTMLAttributes<HTMLTableSectionElement> & VariantProps<typeof theadVariants> & { columns?: (ReactNode | false | null | undefined)[] }) {
  return (
    <thead className={theadVariants({ tone, className })} {...props}>
      {columns ? (
        <tr>
          {columns
            .filter((c) => c !== false && c !== null && c !== undefined)
            .map((c, i) => (
              <Th key={i}>{c}</Th>
            ))}
        </tr>
      ) : (
        children
      )}
    </thead>
  );
}

export function Tr({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx("border-t border-slate-200 align-top", className)} {...props} />;
}

/** A header cell: `scope="row"` cells read as normal text unless `weight` says otherwise. */
export function Th({ className, scope = "col", weight, ...props }: ThHTMLAttributes<HTMLTableCellElement> & { weight?: "normal" | "medium" }) {
  const w = weight ?? (scope === "row" ? "normal" : undefined);
  return <th scope={scope} className={cx(w === "normal" && "font-normal", w === "medium" && "font-medium", className)} {...props} />;
}

export function Td(props: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} />;
}
