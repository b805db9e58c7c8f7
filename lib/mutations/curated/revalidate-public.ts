import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { purgeSharedPageCache } from "../../http/page-cache-registry";
import { FIGURES_TAG } from "../../queries/investment-explorer";

/**
 * Makes public pages show published changes on the next request: every page under the locale layout, the cached
 * explorer queries, and the production server's shared page cache. Next applies revalidations when the action or
 * route handler finishes, so the shared cache is purged now and once more after the response (a page read in
 * between may still be the old one). Outside a Next.js request (scripts, tests) there is no cache to revalidate.
 * With several instances (REDIS_URL) the same calls reach all of them: the revalidations land in Redis
 * (cache-handler.mjs, which purges every page cache again once they are written) and each purge is published to
 * the other instances (lib/http/page-cache-purge-channel.ts, registered by scripts/serve.ts).
 */
export function revalidatePublicPages(): void {
  try {
    revalidateTag(FIGURES_TAG, { expire: 0 });
    revalidatePath("/", "layout");
    purgeSharedPageCache();
    after(purgeSharedPageCache);
  } catch (error) {
    if (!/static generation store|outside a request scope|Invariant|was called outside/i.test(String(error))) throw error;
  }
}
