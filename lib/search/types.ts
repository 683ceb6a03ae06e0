import type { LocalizedTerm, LocalizedText } from "@/lib/directory/types";
import type { SearchNotice, SearchParams } from "./schema";

export type SearchTerm = { slug: string; name: string };

export type SearchResultItem = {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  phone: string | null;
  phoneDialable: string | null;
  servesWholeCity: boolean;
  type: LocalizedTerm;
  providerName: string | null;
  city: SearchTerm;
  districts: SearchTerm[];
};

/** One choosable filter value; `label` is a taxonomy name in the reader's language (or German), a place name, or a language name. */
export type FacetOption = { value: string; label: LocalizedText; count: number; selected: boolean };

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
