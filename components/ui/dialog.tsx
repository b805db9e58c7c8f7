"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

// A modal built on the native <dialog> (focus trap, Escape, inert background and top layer come from the browser).
export function Dialog(props: { open: boolean; onClose: () => void; title: string; closeLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-3 p-4">
        <div className="flex items-start justify-between gap-2">
          <h2 id={titleId} className="text-lg font-semibold">
            {props.title}
          </h2>
          <Button variant="secondary" size="sm" onClick={props.onClose}>
            {props.closeLabel}
          </Button>
        </div>
        {props.children}
      </div>
    </dialog>
  );
}
