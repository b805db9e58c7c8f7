// User-management and own-password schemas, shared by the forms and the server mutations. Every schema is strict
// (unknown fields are refused). Error messages are message-catalog keys under `users.errors`, so the same result
// can be shown in English and Chinese next to the field.
import { z } from "zod";
import { ROLES } from "../auth/roles";

// Same limits as lib/auth/password.ts (kept here too so that client forms don't bundle the hashing library; a unit test keeps
// them equal).
export const PASSWORD_LIMITS = { min: 12, max: 128 } as const;

/** Sent instead of a password when the server should generate one (shorter than any valid password). */
export const GENERATE_PASSWORD = "generate";

export type UserFieldErrorKey =
  | "required"
  | "email"
  | "emailTaken"
  | "nameLength"
  | "role"
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordMismatch"
  | "passwordUnchanged"
  | "wrongPassword"
  | "invalid";

const err = (key: UserFieldErrorKey) => ({ error: key });

const email = z
  .string(err("required"))
  .trim()
  .toLowerCase()
  .min(1, err("required"))
  .max(254, err("email"))
  .pipe(z.email(err("email")));

const name = z.string(err("required")).trim().min(1, err("nameLength")).max(100, err("nameLength"));
const role = z.enum(ROLES, err("role"));
const id = z.string(err("required")).trim().min(1, err("required")).max(64, err("invalid"));
const version = z.coerce.number(err("invalid")).int(err("invalid")).min(1, err("invalid")).max(2_147_483_647, err("invalid"));

/** A new password: 12–128 characters (counted as the user typed them; no trimming). */
export const newPasswordSchema = z.string(err("required")).min(PASSWORD_LIMITS.min, err("passwordTooShort")).max(PASSWORD_LIMITS.max, err("passwordTooLong"));

// An empty field also means "generate", so that the create and reset forms can leave it blank.
const passwordOrGenerate = z
  .string(err("required"))
  .transform((v) => (v === "" ? GENERATE_PASSWORD : v))
  .superRefine((v, ctx) => {
    if (v === GENERATE_PASSWORD) return;
    const checked = newPasswordSchema.safeParse(v);
    if (!checked.success) ctx.addIssue({ code: "custom", message: checked.error.issues[0].message });
  });

const booleanField = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], err("invalid"));

export const createUserSchema = z.strictObject({
  email,
  name,
  role,
  password: passwordOrGenerate,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    id,
    version,
    role: role.optional(),
    active: booleanField.optional(),
    name: name.optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined || v.name !== undefined, {
    error: "required",
    path: ["role"],
  });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.strictObject({ id, password: passwordOrGenerate });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string(err("required")).min(1, err("required")).max(PASSWORD_LIMITS.max, err("wrongPassword")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(err("required")).min(1, err("required")),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordMismatch" });
    }
    if (v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
    }
  });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export type FieldErrors = Record<string, UserFieldErrorKey[]>;

const KNOWN_KEYS = new Set<string>([
  "required",
  "email",
  "emailTaken",
  "nameLength",
  "role",
  "passwordTooShort",
  "passwordTooLong",
  "passwordMismatch",
  "passwordUnchanged",
  "wrongPassword",
  "invalid",
]);

/** Zod issues → `{ field: [messageKey] }`; issues without a field (e.g. unknown fields) go under "_form". */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    const key = (KNOWN_KEYS.has(issue.message) ? issue.message : "invalid") as UserFieldErrorKey;
    const keys = (out[field] ??= []);
    if (!keys.includes(key)) keys.push(key);
  }
  return out;
}

/** Names of the fields a strict schema refused as unknown (for a readable message). */
export function unknownFields(error: z.ZodError): string[] {
  return error.issues.flatMap((i) => (i.code === "unrecognized_keys" ? i.keys : []));
}

/**
 * Form data → a plain object for a strict schema. Framework fields (React's `$ACTION_…`) are dropped; every other
 * field is kept, so an unknown field still reaches the schema and is refused there. A repeated field keeps all
 * values (an array), which the schema refuses too.
 */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : "[file]"));
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}
