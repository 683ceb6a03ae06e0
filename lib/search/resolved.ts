import type { Locale } from "@/lib/i18n/routing";
import type { SearchNotice, SearchParams } from "./schema";

// Within one filter a reader picks alternatives ("Seniorenbüro or Begegnungsstätte"),
// except accessibility: someone who needs step-free access and a hearing loop needs both.
export const taxonomyParams = ["art", "feld", "gruppe", "barriere"] as const;

export type VocabularyRow = { facet: string; id: string; slug: string; name: string | null; translations: unknown };

/** Search state with slugs resolved to ids; the shape the SQL is built from. */
export type ResolvedSearch = {
  params: SearchParams;
  notices: SearchNotice[];
  /** The reader's locale: its translations are searched and shown too. */
  locale: Locale;
  /** null: no text to search for; "": only stop words, nothing can match. */
  tsquery: string | null;
  /** The same words for the translation documents of `locale`; null for German readers. */
  translationTsquery: string | null;
  cityId: string | null;
  ids: Record<"bezirk" | (typeof taxonomyParams)[number], string[]>;
  vocabulary: VocabularyRow[];
};
