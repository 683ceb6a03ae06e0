import { listParams, parseSearchParams } from "./schema";
import type { SearchParams } from "./schema";
import { toSearchQuery } from "./search-state";
import { toQueryRecord } from "@/lib/web/query-record";

// Search pages are cached whole (Incremental Static Regeneration), and Next caches pages
// by path, not by query. proxy.ts therefore rewrites /<locale>/angebote?<query> to
// /<locale>/angebote/suche/<key>, where the key is the search's canonical query string,
// base64url-encoded (no "/", "?" or "%"), cut into segments of at most 200 characters,
// because a cached page is also a file and file names end at 255 bytes. The reader's URL
// keeps the query.
//
// Every key is a cache entry, so a key is made only from what the search understands:
// the known parameters, their values checked, deduplicated and sorted. A parameter the
// search does not know (?nonce=…) never makes an entry of its own, and a query with a
// value the search refuses is answered fresh with its notice instead of being cached.
export const searchKeySegment = "suche";

// Longer canonical queries are not cached; the uncached page caps and reports them as usual.
const maxCachedQueryLength = 1500;

const segmentLength = 200;

/** The search state a cache key stands for: sorted filter values, so that order and repeats make no new entry. */
function toCanonicalParams(params: SearchParams): SearchParams {
  const canonical = { ...params };
  for (const param of listParams) canonical[param] = [...params[param]].sort();
  return canonical;
}

/** The cache key for a search query, as path segments joined by "/"; null when it must not be cached. */
export function toSearchKey(query: URLSearchParams): string | null {
  const { params, notices } = parseSearchParams(toQueryRecord(query));
  // "Open now" depends on the clock; refused values are reported on a page of their own.
  if (params.offen || notices.length > 0) return null;
  const text = new URLSearchParams(toPairs(toSearchQuery(toCanonicalParams(params)))).toString();
  if (text.length > maxCachedQueryLength) return null;
  // An empty query gets a key too: a path segment cannot be empty.
  const key = `q${toBase64Url(text)}`;
  const segments: string[] = [];
  for (let i = 0; i < key.length; i += segmentLength) segments.push(key.slice(i, i + segmentLength));
  return segments.join("/");
}

function toPairs(query: Record<string, string | string[]>): [string, string][] {
  return Object.entries(query).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]));
}

/** The query a key (its segments, or the segments joined by "/") stands for; null for anything else. */
export function fromSearchKey(key: string | readonly string[]): URLSearchParams | null {
  const joined = typeof key === "string" ? key.split("/").join("") : key.join("");
  if (!/^q[A-Za-z0-9_-]*$/.test(joined) || joined.length > 2 * maxCachedQueryLength + 1) return null;
  const text = fromBase64Url(joined.slice(1));
  return text === null ? null : new URLSearchParams(text);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string | null {
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
