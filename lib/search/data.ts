import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { resolveSearch } from "./resolve-data";
import { toFacets, toItem } from "./rows";
import type { FacetRow, ResultRow } from "./rows";
import type { SearchNotice, SearchParams } from "./schema";
import { buildSearchSql, searchPageSize } from "./sql";
import type { SearchResult } from "./types";

// The search's entry point: resolve the slugs (./resolve-data.ts), build the two statements
// (./sql.ts), run them, map the rows (./rows.ts).
export async function searchOffers(
  input: SearchParams,
  options: { notices?: SearchNotice[]; now: Date; locale: Locale },
): Promise<SearchResult> {
  const search = await resolveSearch(input, options.notices, options.locale);
  const db = getDb();
  const facetRows = await db.$queryRaw<FacetRow[]>(buildSearchSql(search, { now: options.now, offset: 0 }).facets);
  const total = facetRows.find((r) => r.facet === "total")?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  const page = Math.min(search.params.seite, pageCount);
  if (page < search.params.seite) search.notices.push({ kind: "pageClamped", requested: search.params.seite, last: pageCount });
  search.params.seite = page;
  const rows =
    total === 0
      ? []
      : await db.$queryRaw<ResultRow[]>(buildSearchSql(search, { now: options.now, offset: (page - 1) * searchPageSize }).rows);
  return {
    params: search.params,
    notices: search.notices,
    total,
    page,
    pageCount,
    pageSize: searchPageSize,
    items: rows.map((row) => toItem(row, search.locale)),
    facets: toFacets(search, facetRows),
  };
}
