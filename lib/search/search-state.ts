import { flagParams, listParams } from "./schema";
import type { FilterParam, SearchParams } from "./schema";

const wordsMax = 8;
const wordMaxLength = 40;

/** The query's words for full-text search: letters and digits only, so no operator of any query language survives. */
export function extractSearchWords(q: string): string[] {
  const words = q
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .map((w) => Array.from(w).slice(0, wordMaxLength).join("").toLowerCase());
  return [...new Set(words)].slice(0, wordsMax);
}

export type SearchQuery = Record<string, string | string[]>;

/** The URL query for a search state; page 1 and empty values are left out so URLs stay short and canonical. */
export function toSearchQuery(params: SearchParams): SearchQuery {
  const query: SearchQuery = {};
  if (params.q !== "") query.q = params.q;
  if (params.stadt !== null) query.stadt = params.stadt;
  for (const param of listParams) if (params[param].length > 0) query[param] = params[param];
  for (const param of flagParams) if (params[param]) query[param] = "1";
  if (params.seite > 1) query.seite = String(params.seite);
  return query;
}

/** The state without one filter value (and back on page 1): the target of an active filter's remove link. */
export function withoutFilter(params: SearchParams, param: FilterParam, value?: string): SearchParams {
  const next: SearchParams = { ...params, seite: 1 };
  if (param === "stadt") return { ...next, stadt: null, bezirk: [] };
  if (param === "kostenlos" || param === "offen") return { ...next, [param]: false };
  return { ...next, [param]: params[param].filter((v) => v !== value) };
}

export function withPage(params: SearchParams, seite: number): SearchParams {
  return { ...params, seite };
}

export type ActiveFilter = { param: FilterParam; value: string };

export function listActiveFilters(params: SearchParams): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (params.stadt !== null) active.push({ param: "stadt", value: params.stadt });
  for (const param of listParams) for (const value of params[param]) active.push({ param, value });
  for (const param of flagParams) if (params[param]) active.push({ param, value: "1" });
  return active;
}
