// @ts-check
// The memory behind Next's page cache (./page-cache-handler.mjs), in two pools:
// - Search pages: every query is a page of its own, so anyone can make new ones by the
//   thousand. They get a share of the budget of their own and push out only each other.
// - Every other page (home, cities, districts, offers): the pages readers come back to.
// Sizes are counted as the bytes the entry really holds in memory (a string with any
// character beyond Latin-1 takes two bytes a character in V8), plus a fixed overhead per
// entry for its key, headers and bookkeeping.

export const entryOverheadBytes = 2048;
export const searchShare = 0.25;
const searchKey = /^\/[a-z-]+\/angebote\/suche\//;

/** @param {unknown} text */
function stringBytes(text) {
  if (typeof text !== "string") return 0;
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/** @param {unknown} buffer */
function bufferBytes(buffer) {
  return buffer && typeof buffer === "object" && "byteLength" in buffer ? Number(buffer.byteLength) : 0;
}

/**
 * @param {string} key
 * @param {{ value?: any } | undefined} entry
 */
export function measureEntry(key, entry) {
  const value = entry?.value;
  let bytes = entryOverheadBytes + key.length * 2;
  if (!value) return bytes;
  bytes += stringBytes(value.html) + bufferBytes(value.rscData) + stringBytes(value.postponed);
  if (typeof value.body === "string") bytes += stringBytes(value.body);
  else bytes += bufferBytes(value.body);
  if (value.segmentData instanceof Map) {
    for (const [path, buffer] of value.segmentData) bytes += path.length * 2 + bufferBytes(buffer);
  }
  if (value.headers) bytes += JSON.stringify(value.headers).length;
  if (value.data !== undefined) bytes += stringBytes(JSON.stringify(value.data) ?? "");
  return bytes;
}

/** A least-recently-used map that holds at most `maxBytes` by `measure`. */
export class SizedLru {
  /**
   * @param {number} maxBytes
   * @param {(key: string, value: any) => number} measure
   */
  constructor(maxBytes, measure) {
    this.maxBytes = maxBytes;
    this.measure = measure;
    /** @type {Map<string, { value: any; bytes: number }>} */
    this.entries = new Map();
    this.totalBytes = 0;
  }

  /** @param {string} key */
  get(key) {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  /**
   * @param {string} key
   * @param {any} value
   */
  set(key, value) {
    this.remove(key);
    const bytes = this.measure(key, value);
    // An entry larger than the whole pool would only evict everything else.
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.totalBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= entry.bytes;
    }
  }

  /** @param {string} key */
  remove(key) {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.totalBytes -= found.bytes;
  }

  get size() {
    return this.entries.size;
  }
}

/** The page cache's memory: search pages and all other pages in pools of their own. */
export class PagePools {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.searches = new SizedLru(Math.floor(maxBytes * searchShare), measureEntry);
    this.pages = new SizedLru(maxBytes - this.searches.maxBytes, measureEntry);
  }

  /** @param {string} key */
  poolOf(key) {
    return searchKey.test(key) ? this.searches : this.pages;
  }

  /** @param {string} key */
  get(key) {
    return this.poolOf(key).get(key);
  }

  /**
   * @param {string} key
   * @param {any} value
   */
  set(key, value) {
    this.poolOf(key).set(key, value);
  }

  get totalBytes() {
    return this.searches.totalBytes + this.pages.totalBytes;
  }
}

/**
 * PAGE_CACHE_MB: the memory for cached pages, in MiB (default 512).
 * @param {string | undefined} raw
 */
export function parsePageCacheMb(raw) {
  if (raw === undefined || raw.trim() === "") return 512;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 1 || value > 65536)
    throw new Error(`PAGE_CACHE_MB must be a number of MiB from 1 to 65536, not "${raw}".`);
  return value;
}
