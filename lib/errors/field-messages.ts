// Field-level validation messages of the curation schemas (lib/validations/curated*.ts): the schemas give catalog
// keys of "forms.errors" (zod's message is the key; values come from the issue: its limit, or `params`), and this
// turns them into text in either language. Only the forms catalog, not the whole one: this module runs in the
// browser too (client-side validation of the forms).
import { createTranslator } from "next-intl";
import type { z } from "zod";
import enForms from "../../messages/en/forms.json";
import zhForms from "../../messages/zh/forms.json";
import type { MessageRef, MessageValues } from "./app-error";

export type ErrorLocale = "en" | "zh";
export type FormErrorKey = keyof typeof enForms.forms.errors;

const FORM_ERRORS = enForms.forms.errors as Record<string, string>;
export const isFormErrorKey = (key: string): key is FormErrorKey => Object.hasOwn(FORM_ERRORS, key);
export const formErrorKey = (key: FormErrorKey) => `forms.errors.${key}`;

const translators = {
  en: createTranslator({ locale: "en", messages: { forms: { errors: enForms.forms.errors } } }),
  zh: createTranslator({ locale: "zh", messages: { forms: { errors: zhForms.forms.errors } } }),
};

export function formErrorText(locale: ErrorLocale, ref: MessageRef): string {
  return (translators[locale] as unknown as (key: string, values?: MessageValues) => string)(ref.key, ref.values);
}

/**
 * A zod issue as a message key with its values. A message that is not a forms.errors key (zod's own English
 * default, e.g. for an enum without a custom message) becomes the generic "invalid".
 */
export function issueRef(issue: z.core.$ZodIssue): MessageRef {
  const values: MessageValues = {};
  if (issue.code === "too_big") values.max = Number(issue.maximum);
  if (issue.code === "too_small") values.min = Number(issue.minimum);
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  return { key: formErrorKey(isFormErrorKey(issue.message) ? issue.message : "invalid"), values };
}
