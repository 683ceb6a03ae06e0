import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentSourceLocale } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";
import { taxonomyParams } from "./resolved";
import type { ResolvedSearch, VocabularyRow } from "./resolved";
import type { SearchNotice, SearchParams } from "./schema";
import { matchPlace } from "./places";
import type { PlaceDistrict } from "./places";
import { extractSearchWords } from "./search-state";

const sql = Prisma.sql;

// The tsquery is built first (typo alternatives come from search_word) and then sent as
// a constant, so the planner can estimate it from the statistics and pick the index.
async function loadVocabulary(citySlug: string | null, words: string[], locale: Locale): Promise<VocabularyRow[]> {
  const translated = locale !== contentSourceLocale && words.length > 0;
  return getDb().$queryRaw<VocabularyRow[]>(sql`
    SELECT 'tsquery' AS facet, '' AS id, '' AS slug, offer_search_query(${words}::text[])::text AS name, 0 AS position, NULL::jsonb AS translations
     WHERE ${words.length} > 0
    UNION ALL SELECT 'trquery', '', '', offer_translation_search_query(${words}::text[], ${locale})::text, 0, NULL
     WHERE ${translated}
    UNION ALL SELECT 'art', id::text, slug, name, position, translations FROM offer_type
    UNION ALL SELECT 'feld', id::text, slug, name, position, translations FROM handlungsfeld
    UNION ALL SELECT 'gruppe', id::text, slug, name, position, translations FROM target_group
    UNION ALL SELECT 'barriere', id::text, slug, name, position, translations FROM accessibility_feature
    UNION ALL SELECT 'stadt', id::text, slug, name, 0, NULL FROM city
    UNION ALL SELECT 'bezirk', d.id::text, d.slug, d.name, d.position, NULL
      FROM district d JOIN city c ON c.id = d.city_id WHERE c.slug = ${citySlug}
    ORDER BY facet, position, name`);
}

// Every district with its Stadtteile: a few hundred short rows, matched in code
// (lib/search/places.ts) because the database's lower() depends on its collation.
async function loadPlaces(): Promise<PlaceDistrict[]> {
  return getDb().$queryRaw<PlaceDistrict[]>(sql`
    SELECT d.id::text AS id, d.slug, d.name, d.stadtteile, c.id::text AS "cityId", c.slug AS "citySlug", c.name AS "cityName"
      FROM district d JOIN city c ON c.id = d.city_id
     ORDER BY c.name, d.position, d.name`);
}

/**
 * A Stadtteil or district named in the query becomes the district filter (with its city)
 * and leaves the text query, unless the reader chose districts already. A name found in
 * several places is offered as a choice instead.
 */
async function resolvePlace(input: SearchParams, notices: SearchNotice[]): Promise<SearchParams> {
  if (input.bezirk.length > 0 || extractSearchWords(input.q).length === 0) return input;
  const match = matchPlace(input.q, await loadPlaces(), input.stadt);
  if (match === null) return input;
  const term = (slug: string, name: string) => ({ slug, name });
  if (match.districts.length > 1) {
    const options = match.districts.map((d) => ({ city: term(d.citySlug, d.cityName), district: term(d.slug, d.name) }));
    notices.push({ kind: "placeAmbiguous", place: match.place, rest: match.rest, options });
    return input;
  }
  const [district] = match.districts;
  if (district === undefined) return input;
  notices.push({
    kind: "placeFound",
    place: match.place,
    city: term(district.citySlug, district.cityName),
    district: term(district.slug, district.name),
  });
  return { ...input, q: match.rest, stadt: district.citySlug, bezirk: [district.slug] };
}

/** Checks every slug against the database; unknown ones are dropped and reported. */
export async function resolveSearch(
  input: SearchParams,
  inputNotices: SearchNotice[] = [],
  locale: Locale = contentSourceLocale,
): Promise<ResolvedSearch> {
  const notices = [...inputNotices];
  const params: SearchParams = await resolvePlace(input, notices);
  const words = extractSearchWords(params.q);
  const rows = await loadVocabulary(params.stadt, words, locale);
  const idOf = (facet: string, slug: string) => rows.find((r) => r.facet === facet && r.slug === slug)?.id;

  let cityId: string | null = null;
  if (params.stadt !== null) {
    cityId = idOf("stadt", params.stadt) ?? null;
    if (cityId === null) {
      notices.push({ kind: "unknownValue", param: "stadt", value: params.stadt });
      params.stadt = null;
    }
  }
  if (cityId === null && params.bezirk.length > 0) {
    notices.push({ kind: "districtNeedsCity" });
    params.bezirk = [];
  }
  const ids = { bezirk: [] as string[], art: [] as string[], feld: [] as string[], gruppe: [] as string[], barriere: [] as string[] };
  for (const param of ["bezirk", ...taxonomyParams] as const) {
    params[param] = params[param].filter((slug) => {
      const id = idOf(param, slug);
      if (id === undefined) notices.push({ kind: "unknownValue", param, value: slug });
      else ids[param].push(id);
      return id !== undefined;
    });
  }
  const tsquery = words.length === 0 ? null : (rows.find((r) => r.facet === "tsquery")?.name ?? "");
  const translationTsquery =
    words.length === 0 || locale === contentSourceLocale ? null : (rows.find((r) => r.facet === "trquery")?.name ?? "");
  return { params, notices, locale, tsquery, translationTsquery, cityId, ids, vocabulary: rows };
}
