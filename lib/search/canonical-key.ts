import { toQueryRecord } from "@/lib/web/query-record";
import { encodeSearchKey } from "./cache-key";
import { listParams, parseSearchParams } from "./schema";
import type { SearchParams } from "./schema";
import { toSearchQuery } from "./search-state";

// Every search key is a cache entry (./cache-key.ts), so a key is made only from what the
// search understands: the known parameters, their values checked, deduplicated and sorted.
// A parameter the search does not know (?nonce=…) never makes an entry of its own, and a
// query with a value the search refuses is answered fresh with its notice instead.

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
  return encodeSearchKey(text);
}

function toPairs(query: Record<string, string | string[]>): [string, string][] {
  return Object.entries(query).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]));
}
