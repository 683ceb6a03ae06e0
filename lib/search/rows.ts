import { chooseText, localizeTerm, sourceText } from "@/lib/directory/localized-text";
import { localeInfo } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";
import type { ResolvedSearch } from "./resolved";
import type { ListParam } from "./schema";
import type { FacetOption, SearchFacets, SearchResultItem } from "./types";

// The rows the search statements return (./sql.ts), as the page shows them.
export type FacetRow = { facet: string; value: string | null; count: number };
export type ResultRow = {
  slug: string;
  name: string;
  summary: string;
  phone: string | null;
  phone_dialable: string | null;
  serves_whole_city: boolean;
  tr_name: string | null;
  tr_summary: string | null;
  tr_reviewed: boolean;
  type_slug: string;
  type_name: string;
  type_translations: unknown;
  provider_name: string | null;
  city_slug: string;
  city_name: string;
  districts: { slug: string; name: string }[];
};

export function toFacets(search: ResolvedSearch, rows: FacetRow[]): SearchFacets {
  const { params, vocabulary, locale } = search;
  const intlLocale = localeInfo[locale].intl;
  const languageNames = new Intl.DisplayNames([intlLocale], { type: "language", fallback: "code" });
  const collator = new Intl.Collator(intlLocale, { numeric: true });
  const labelOf = (facet: ListParam | "stadt", value: string): FacetOption["label"] => {
    if (facet === "sprache") return { text: languageNames.of(value) ?? value, lang: locale, reviewed: true };
    const term = vocabulary.find((t) => t.facet === facet && t.slug === value);
    if (!term) return sourceText(value);
    // Place names stay as they are; taxonomy names are translated.
    if (facet === "stadt" || facet === "bezirk") return sourceText(term.name ?? value);
    return localizeTerm({ slug: term.slug, name: term.name ?? value, translations: term.translations }, locale).name;
  };
  const options = (facet: ListParam | "stadt", selected: string[]): FacetOption[] => {
    const terms = vocabulary.filter((v) => v.facet === facet);
    // The vocabulary comes ordered by position (resolve-data.ts); an unknown value goes last.
    const position = (value: string) => {
      const index = terms.findIndex((t) => t.slug === value);
      return index < 0 ? terms.length : index;
    };
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (row.facet !== facet || row.value === null) continue;
      const slug = facet === "sprache" ? row.value : terms.find((t) => t.id === row.value)?.slug;
      if (slug !== undefined) counts.set(slug, row.count);
    }
    // A chosen value stays visible (and removable) even when nothing matches it any more.
    const values = [...new Set([...counts.keys(), ...selected])];
    return (
      values
        .map((value) => ({
          value,
          label: labelOf(facet, value),
          count: counts.get(value) ?? 0,
          selected: selected.includes(value),
        }))
        // Districts in the city's own order (Stadtbezirk 1, 2, … 10), as on the city page; the rest by name.
        .sort((a, b) => (facet === "bezirk" ? position(a.value) - position(b.value) : collator.compare(a.label.text, b.label.text)))
    );
  };
  const flag = (facet: "kostenlos" | "offen") => ({ count: rows.find((r) => r.facet === facet)?.count ?? 0, selected: params[facet] });
  return {
    stadt: options("stadt", params.stadt === null ? [] : [params.stadt]),
    bezirk: options("bezirk", params.bezirk),
    art: options("art", params.art),
    feld: options("feld", params.feld),
    gruppe: options("gruppe", params.gruppe),
    sprache: options("sprache", params.sprache),
    barriere: options("barriere", params.barriere),
    kostenlos: flag("kostenlos"),
    offen: flag("offen"),
  };
}

export function toItem(row: ResultRow, locale: Locale): SearchResultItem {
  return {
    slug: row.slug,
    name: chooseText(row.name, { text: row.tr_name, reviewed: row.tr_reviewed }, locale),
    summary: chooseText(row.summary, { text: row.tr_summary, reviewed: row.tr_reviewed }, locale),
    phone: row.phone,
    phoneDialable: row.phone_dialable,
    servesWholeCity: row.serves_whole_city,
    type: localizeTerm({ slug: row.type_slug, name: row.type_name, translations: row.type_translations }, locale),
    providerName: row.provider_name,
    city: { slug: row.city_slug, name: row.city_name },
    districts: row.districts,
  };
}
