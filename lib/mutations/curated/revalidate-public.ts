import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { FIGURES_TAG } from "../../queries/investment-explorer";

/**
 * Makes public pages show published changes on the next request: every page under the locale layout, and the
 * cached explorer queries. Outside a Next.js request (scripts, tests) there is no cache to revalidate.
 */
export function revalidatePublicPages(): void {
  try {
    revalidateTag(FIGURES_TAG, { expire: 0 });
    revalidatePath("/", "layout");
  } catch (error) {
    if (!/static generation store|outside a request scope|Invariant/i.test(String(error))) throw error;
  }
}
