"use server";
import { clientIp } from "@/lib/auth/auth";
import { changeOwnPassword } from "@/lib/mutations/users";
import { formToObject } from "@/lib/validations/users";

export type ChangePasswordState = Awaited<ReturnType<typeof changeOwnPassword>> | null;

// Thin: the mutation checks the session itself (re-read from the database), validates, throttles and audits.
export async function changePasswordAction(_prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  return changeOwnPassword(formToObject(form), { ip: await clientIp() });
}
