"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The header's navigation, language and sign-in status. Below the `lg` breakpoint they fold behind a menu button
 * (a disclosure: aria-expanded/aria-controls; Escape or a click outside closes it and returns focus to the
 * button; following a link closes it). From `lg` up the button is hidden and the panel shows inline. The panel's
 * content is server-rendered and passed in as children, so this island only carries the open/closed state;
 * the server renders the closed state, which is also what hydration shows (no layout shift).
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="ml-auto inline-flex items-center gap-2 rounded border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 lg:hidden"
        aria-expanded={open}
        aria-controls={id}
        data-testid="site-menu-button"
        onClick={() => setOpen((o) => !o)}
      >
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          {open ? (
            <path d="M4 4l10 10M14 4L4 14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        {label}
      </button>
      <div
        ref={panel}
        id={id}
        data-testid="site-menu"
        data-open={open}
        className={`${open ? "flex" : "hidden"} basis-full flex-col gap-4 border-t border-slate-200 pt-3 lg:flex lg:flex-1 lg:basis-auto lg:flex-row lg:items-center lg:gap-6 lg:border-0 lg:pt-0`}
        onClick={(e) => {
          // Client-side navigation keeps the header mounted: close the menu once a link is followed.
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
