"use client";
import { useTranslations } from "next-intl";
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
