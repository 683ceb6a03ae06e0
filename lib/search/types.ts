import type { SearchNotice, SearchParams } from "./schema";

export type SearchTerm = { slug: string; name: string };

export type SearchResultItem = {
  slug: string;
  name: string;
  summary: string;
  phone: string | null;
  servesWholeCity: boolean;
  type: SearchTerm;
  providerName: string | null;
  city: SearchTerm;
  districts: SearchTerm[];
};

/** One choosable filter value; `label` is German data (taxonomy names) except for languages. */
export type FacetOption = { value: string; label: string; count: number; selected: boolean };

export type FlagFacet = { count: number; selected: boolean };

export type SearchFacets = {
  stadt: FacetOption[];
  bezirk: FacetOption[];
  art: FacetOption[];
  feld: FacetOption[];
  gruppe: FacetOption[];
  sprache: FacetOption[];
  barriere: FacetOption[];
  kostenlos: FlagFacet;
  offen: FlagFacet;
};

export type SearchResult = {
  /** The state actually searched: unknown values removed, page clamped. */
  params: SearchParams;
  notices: SearchNotice[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  items: SearchResultItem[];
  facets: SearchFacets;
};
