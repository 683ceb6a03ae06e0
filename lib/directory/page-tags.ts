import "server-only";
import { unstable_cache } from "next/cache";

// A cached page (ISR) is revalidated by the tags of the cached data it read. Pages that
// read uncached data (so that Date fields stay Dates) name their tags through this
// no-op cache entry instead.
export async function tagCachedPage(tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...tags], { tags })();
}
