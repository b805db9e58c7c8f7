"use client";
import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { StackedInput } from "@/components/ui/stacked-input";
import { PASSWORD_LIMITS, type FieldErrors } from "@/lib/validations/users";

/** aria attributes that tie an input to its error message. */
export function errorProps(id: string, errors: FieldErrors | undefined, field: string) {
  const has = !!errors?.[field]?.length;
  return { "aria-invalid": has || undefined, "aria-describedby": has ? `${id}-error` : undefined } as const;
}

/** The translated error(s) for one field, rendered right below it. */
export function FieldError({ id, errors, field }: { id: string; errors: FieldErrors | undefined; field: string }) {
  const t = useTranslations("users.errors");
  const keys = errors?.[field];
  if (!keys?.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${field}`}>
      {keys.map((k) => t(k, PASSWORD_LIMITS)).join(" ")}
    </p>
  );
}

/**
 * A stacked input named `field` whose hint (if any) and error sit right under it and are read with it: the user
 * forms' one way of writing a field.
 */
export function UserInput({
  field,
  errors,
  hint,
  ...input
}: Omit<ComponentProps<typeof StackedInput>, "name" | "children"> & { field: string; errors: FieldErrors | undefined; hint?: ReactNode }) {
  const hasError = !!errors?.[field]?.length;
  const describedBy = [hasError && `${input.id}-error`, hint && `${input.id}-hint`].filter(Boolean).join(" ");
  return (
    <StackedInput {...input} name={field} aria-invalid={hasError || undefined} aria-describedby={describedBy || undefined}>
      {hint && (
        <p id={`${input.id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={input.id} errors={errors} field={field} />
    </StackedInput>
  );
}
