// @ts-check
// Next's page cache (next.config.ts: cacheHandler) is its own in-memory cache with two
// changes, both against a memory attack:
// - The memory is split into pools (./page-cache.mjs), counted in real bytes, so that a
//   stream of new search URLs cannot push the pages readers need out of the cache, and the
//   cache stays within PAGE_CACHE_MB (the benchmark's "memory" mode prints the figures).
// - A "not found" page is never kept: every invented slug would otherwise stay in memory
//   for an hour. It is rendered again on each request instead.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { PagePools, parsePageCacheMb } from "./page-cache.mjs";

/** @type {any} */
const FileSystemCache = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache;

// The store is shared by every handler instance (Next makes one per request), as Next's own is.
if (!(FileSystemCache.memoryCache instanceof PagePools)) {
  FileSystemCache.memoryCache = new PagePools(parsePageCacheMb(process.env.PAGE_CACHE_MB) * 1024 * 1024);
}

export default class PageCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (data && typeof data.status === "number" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
