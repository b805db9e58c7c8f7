"use server";
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/auth/auth";
import { clearSignInLock, type ClearLockResult } from "@/lib/mutations/sign-in-locks";

export type ClearLockState = ClearLockResult | null;

// Thin: the mutation checks the role itself (re-read from the database), validates and audits.
export async function clearLockAction(_prev: ClearLockState, form: FormData): Promise<ClearLockState> {
  const result = await clearSignInLock({ key: form.get("key") }, { ip: await clientIp() });
  if (result.ok) revalidatePath("/[locale]/admin/sign-in-locks", "page");
  return result;
}
