"use server";
// Thin server actions: each mutation checks the role itself (re-read from the database), validates strictly and
// audits; these only pass the form and the client IP through and refresh the page.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/auth/auth";
import { createUser, resetPassword, updateUser } from "@/lib/mutations/users";
import { formToObject } from "@/lib/validations/users";

const refresh = () => revalidatePath("/[locale]/admin/users", "page");

export type CreateUserState = {
  result: Awaited<ReturnType<typeof createUser>> | null;
  /** What was typed (never the password), so that a refused form keeps it. */
  values?: { email: string; name: string; role: string };
};

export async function createUserAction(_prev: CreateUserState, form: FormData): Promise<CreateUserState> {
  const input = formToObject(form);
  const result = await createUser(input, { ip: await clientIp() });
  if (result.ok) {
    refresh();
    return { result };
  }
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { result, values: { email: text(input.email), name: text(input.name), role: text(input.role) } };
}

export type UpdateUserState = Awaited<ReturnType<typeof updateUser>> | null;

export async function updateUserAction(_prev: UpdateUserState, form: FormData): Promise<UpdateUserState> {
  const result = await updateUser(formToObject(form), { ip: await clientIp() });
  // On a conflict too: the page then carries the stored values and version beside the user's own choice.
  if (result.ok || result.code === "conflict") refresh();
  return result;
}

export type ResetPasswordState = Awaited<ReturnType<typeof resetPassword>> | null;

export async function resetPasswordAction(_prev: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const result = await resetPassword(formToObject(form), { ip: await clientIp() });
  if (result.ok) refresh();
  return result;
}
