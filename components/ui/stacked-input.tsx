import type { InputHTMLAttributes, ReactNode } from "react";
import { Label } from "./label";

/** The sign-in and new-user forms' control look: full width, roomy padding. */
export const stackedInputClass = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

/**
 * A label above an uncontrolled input, for forms posted with `useActionState`; every other prop goes to the input,
 * and `children` (a hint, the field's error) follow it.
 */
export function StackedInput({
  id,
  label,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; children?: ReactNode }) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <input id={id} className={stackedInputClass} {...input} />
      {children}
    </div>
  );
}
