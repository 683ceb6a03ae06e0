import { Prisma } from "@/lib/generated/prisma/client";
import { contentSourceLocale } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";
import type { ResolvedSearch } from "./resolved";
import type { FilterParam, ListParam } from "./schema";

// The statements of a search, composed from Prisma.sql fragments; they are run by ./data.ts.
export const searchPageSize = 20;

const sql = Prisma.sql;

// Offers whose stated period is over are not results: they stay reachable at their
// own page (with a notice) but are not offered as help today (Europe/Berlin date).
function currentSql(now: Date): Prisma.Sql {
  return sql`(o.valid_until IS NULL OR o.valid_until >= (${now}::timestamptz AT TIME ZONE 'Europe/Berlin')::date)`;
}

// Opening hours are Berlin wall-clock times; a range whose closing time is not after
// its opening time runs past midnight into the next day. A dated exception replaces
// that day's weekly hours. The weekly hours are read from the offer's open_bounds
// (minute-of-week boundaries, odd bucket = open), a copy that triggers keep
// (0005_search_facets.sql); the offers with an exception on that date are looked up once.
function openAtSql(offer: Prisma.Sql, at: Date): Prisma.Sql {
  const local = sql`(${at}::timestamptz AT TIME ZONE 'Europe/Berlin')`;
  const minute = sql`((extract(isodow FROM ${local})::int - 1) * 1440 + extract(hour FROM ${local})::int * 60 + extract(minute FROM ${local})::int)`;
  const time = sql`to_char(${local}, 'HH24:MI')`;
  const date = sql`(${local})::date`;
  return sql`(CASE WHEN ${offer}.id IN (SELECT e.offer_id FROM schedule_exception e WHERE e.date = ${date}
                                         AND (e.closed OR (e.opens IS NOT NULL AND e.closes IS NOT NULL)))
    THEN EXISTS (SELECT 1 FROM schedule_exception e WHERE e.offer_id = ${offer}.id AND e.date = ${date}
                  AND NOT e.closed AND e.opens <= ${time} AND ${time} < e.closes)
    ELSE width_bucket(${minute}, ${offer}.open_bounds) % 2 = 1 END)`;
}

// The page of results: the links are checked in their own tables, whose indexes let the
// planner start from a rarely chosen Handlungsfeld, target group or feature.
function filterConditions(search: ResolvedSearch, now: Date): Map<FilterParam, Prisma.Sql> {
  const { params, ids, cityId } = search;
  const conditions = new Map<FilterParam, Prisma.Sql>();
  const exists = (table: string, column: string, values: string[]) =>
    sql`EXISTS (SELECT 1 FROM ${Prisma.raw(table)} x WHERE x.offer_id = o.id AND x.${Prisma.raw(column)} = ANY(${values}::uuid[]))`;
  if (cityId !== null) conditions.set("stadt", sql`o.city_id = ${cityId}::uuid`);
  if (ids.bezirk.length > 0) {
    conditions.set(
      "bezirk",
      sql`((o.serves_whole_city AND o.city_id = ${cityId}::uuid) OR ${exists("offer_district", "district_id", ids.bezirk)})`,
    );
  }
  if (ids.art.length > 0) conditions.set("art", sql`o.type_id = ANY(${ids.art}::uuid[])`);
  if (ids.feld.length > 0) conditions.set("feld", exists("offer_handlungsfeld", "handlungsfeld_id", ids.feld));
  if (ids.gruppe.length > 0) conditions.set("gruppe", exists("offer_target_group", "target_group_id", ids.gruppe));
  if (params.sprache.length > 0) conditions.set("sprache", sql`o.languages && ${params.sprache}::text[]`);
  if (ids.barriere.length > 0) {
    conditions.set(
      "barriere",
      sql`(SELECT count(*) FROM offer_accessibility x WHERE x.offer_id = o.id AND x.feature_id = ANY(${ids.barriere}::uuid[])) = ${ids.barriere.length}`,
    );
  }
  if (params.kostenlos) conditions.set("kostenlos", sql`o.free_of_charge IS TRUE`);
  if (params.offen) conditions.set("offen", openAtSql(Prisma.raw("o"), now));
  return conditions;
}

// The conditions on type, languages, cost and linked ids, decided per combination of
// offer_facet_set (alias s): there the linked ids are arrays (0005_search_facets.sql).
function setConditions(search: ResolvedSearch): Map<FilterParam, Prisma.Sql> {
  const { params, ids } = search;
  const conditions = new Map<FilterParam, Prisma.Sql>();
  if (ids.art.length > 0) conditions.set("art", sql`s.type_id = ANY(${ids.art}::uuid[])`);
  if (ids.feld.length > 0) conditions.set("feld", sql`s.handlungsfeld_ids && ${ids.feld}::uuid[]`);
  if (ids.gruppe.length > 0) conditions.set("gruppe", sql`s.target_group_ids && ${ids.gruppe}::uuid[]`);
  if (params.sprache.length > 0) conditions.set("sprache", sql`s.languages && ${params.sprache}::text[]`);
  if (ids.barriere.length > 0) {
    // Every chosen feature is required; one named twice can never be found twice.
    conditions.set(
      "barriere",
      new Set(ids.barriere).size === ids.barriere.length ? sql`s.accessibility_ids @> ${ids.barriere}::uuid[]` : sql`FALSE`,
    );
  }
  if (params.kostenlos) conditions.set("kostenlos", sql`s.free_of_charge IS TRUE`);
  return conditions;
}

// For counting, the conditions on an offer's type, languages, cost and linked ids are
// checked once per combination (offer_facet_set) instead of once per offer: each becomes
// a lookup of the offer's facet_set_id in the (hashed) set of combinations that pass.
// Districts likewise become one lookup in the set of offers linked to them. So the
// counts read only columns that offer_search_facets_idx holds.
function facetSetConditions(search: ResolvedSearch, now: Date): Map<FilterParam, Prisma.Sql> {
  const { ids, cityId } = search;
  const conditions = filterConditions(search, now);
  if (ids.bezirk.length > 0) {
    conditions.set(
      "bezirk",
      sql`((o.serves_whole_city AND o.city_id = ${cityId}::uuid) OR o.id IN (SELECT x.offer_id FROM offer_district x WHERE x.district_id = ANY(${ids.bezirk}::uuid[])))`,
    );
  }
  for (const [param, condition] of setConditions(search)) {
    conditions.set(param, sql`o.facet_set_id IN (SELECT s.id FROM offer_facet_set s WHERE ${condition})`);
  }
  return conditions;
}

/**
 * The text condition: the German document, or for other readers also the document of
 * the offer's translation into their language. The union of two index lookups keeps
 * both indexes usable, which an OR across the two tables would not.
 */
function textMatchSql(search: ResolvedSearch): Prisma.Sql | null {
  const { tsquery, translationTsquery, locale } = search;
  if (tsquery === null) return null;
  if (translationTsquery === null) return sql`o.search_vector @@ ${tsquery}::tsquery`;
  return sql`o.id IN (
      SELECT g.id FROM offer g WHERE g.search_vector @@ ${tsquery}::tsquery
      UNION
      SELECT tr.offer_id FROM offer_translation tr WHERE tr.locale = ${locale} AND tr.search_vector @@ ${translationTsquery}::tsquery)`;
}

// Weights D, C, B, A: a word in the name counts ten times as much as one in the description.
// For other readers the offer's translation into their language is joined as "own"
// (see ownTranslationJoin): at most one per offer and locale.
function rankSql(search: ResolvedSearch): Prisma.Sql {
  const { tsquery, translationTsquery } = search;
  if (tsquery === null) return sql`0::real`;
  const german = sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', o.search_vector, ${tsquery}::tsquery)`;
  if (translationTsquery === null) return german;
  return sql`greatest(${german}, coalesce(ts_rank('{0.1, 0.2, 0.4, 1.0}', own.search_vector, ${translationTsquery}::tsquery), 0))`;
}

// Alphabetical by the name the reader sees (umlauts folded, so Ärztehaus sorts among the A's).
// The German expression is indexed (offer_published_sort_name_idx): keep the two identical.
function sortNameSql(locale: Locale): Prisma.Sql {
  const name = locale === contentSourceLocale ? sql`o.name` : sql`coalesce(nullif(own.name, ''), o.name)`;
  return sql`translate(lower(${name}), 'äöüß', 'aous')`;
}

// One join rather than a lookup per matching offer: a broad search ranks and sorts
// every matching offer. (offer_id, locale) is unique, so no offer is repeated.
function ownTranslationJoin(search: ResolvedSearch): Prisma.Sql {
  if (search.locale === contentSourceLocale) return Prisma.empty;
  return sql`LEFT JOIN offer_translation own ON own.offer_id = o.id AND own.locale = ${search.locale}`;
}

/**
 * All facet counts in one pass over the matching offers. A facet is counted with every
 * other filter applied (accessibility with all of them: its features are required
 * together), so an offer that fails two or more filters counts nowhere, one that fails
 * exactly one counts only in that filter's facet, and one that passes all counts
 * everywhere. The pass groups the offers twice: by city (NULL where an offer does not
 * count for the city facet), and by which filters it fails, whether it is open and its
 * facet_set_id, the number of its combination of type, languages, cost and linked ids
 * (see 0005_search_facets.sql), of which there are few. The facets are then counted from
 * those groups. Districts are counted separately over the chosen city's offers only.
 */
function facetsSql(search: ResolvedSearch, offerConditions: Map<FilterParam, Prisma.Sql>, now: Date): Prisma.Sql {
  const conditions = facetSetConditions(search, now);
  const text = textMatchSql(search);
  const active = [...conditions.keys()];
  const flagColumns = active.map((param) => Prisma.raw(`f_${param}`));
  const flags = active.map((param) => sql`, ${conditions.get(param)!} AS ${Prisma.raw(`f_${param}`)}`);
  const misses =
    active.length === 0
      ? sql`0`
      : Prisma.join(
          active.map((p) => Prisma.raw(`(NOT f_${p})::int`)),
          " + ",
        );
  // Counts in the facet of `param`: passes every filter but (possibly) its own.
  const counts = (param: FilterParam) =>
    conditions.has(param) ? Prisma.raw(`(misses = 0 OR (misses = 1 AND NOT f_${param}))`) : Prisma.raw("misses = 0");
  const combination = Prisma.join([sql`misses`, ...flagColumns, sql`facet_set_id`, sql`is_open`], ", ");
  const sum = (where: Prisma.Sql) => sql`coalesce((SELECT sum(n) FROM combinations WHERE ${where}), 0)::int`;
  const unnested = (facet: ListParam, column: string) => sql`
    UNION ALL SELECT ${Prisma.raw(`'${facet}'`)}, v::text, sum(n)::int
      FROM combinations, unnest(${Prisma.raw(column)}) AS v WHERE ${facet === "barriere" ? Prisma.raw("misses = 0") : counts(facet)} GROUP BY 2`;
  const published = [sql`o.status = 'PUBLISHED'`, currentSql(now), ...(text === null ? [] : [text])];
  // Offers failing two of the conditions that offer_facet_set decides count nowhere: with
  // two or more such conditions, only the combinations failing at most one are read.
  const decidedBySet = [...setConditions(search).values()];
  const readable =
    decidedBySet.length < 2
      ? Prisma.empty
      : sql`AND o.facet_set_id = ANY(ARRAY(SELECT s.id FROM offer_facet_set s
                                            WHERE ${Prisma.join(
                                              decidedBySet.map((c) => sql`(NOT (${c}))::int`),
                                              " + ",
                                            )} <= 1))`;
  const districtWhere = [...published, ...[...offerConditions].filter(([param]) => param !== "bezirk").map(([, condition]) => condition)];
  return sql`
    WITH matched AS (
      SELECT o.id, o.city_id, o.facet_set_id, o.open_bounds ${flags.length > 0 ? Prisma.join(flags, " ") : Prisma.empty}
        FROM offer o
       WHERE ${Prisma.join(published, " AND ")} ${readable}
      -- Keeps the planner from copying each filter into every expression that reads its flag.
      OFFSET 0
    ), missed AS (
      SELECT m.*, ${misses} AS misses FROM matched m
    ), keyed AS (
      SELECT CASE WHEN ${counts("stadt")} THEN city_id END AS k_stadt,
             misses ${flagColumns.length > 0 ? sql`, ${Prisma.join(flagColumns, ", ")}` : Prisma.empty}, facet_set_id,
             CASE WHEN ${counts("offen")} THEN ${openAtSql(Prisma.raw("missed"), now)} END AS is_open
        FROM missed
       WHERE misses <= 1
    ), grouped AS (
      SELECT k_stadt, ${combination}, GROUPING(k_stadt) AS by_combination, count(*) AS n
        FROM keyed
       GROUP BY GROUPING SETS ((k_stadt), (${combination}))
    ), combinations AS (
      SELECT g.*, s.type_id, s.languages, s.free_of_charge, s.handlungsfeld_ids, s.target_group_ids, s.accessibility_ids
        FROM grouped g JOIN offer_facet_set s ON s.id = g.facet_set_id
       WHERE g.by_combination = 1
    )
    SELECT 'total' AS facet, NULL::text AS value, ${sum(sql`misses = 0`)} AS count
    UNION ALL SELECT 'kostenlos', NULL, ${sum(sql`${counts("kostenlos")} AND free_of_charge IS TRUE`)}
    UNION ALL SELECT 'offen', NULL, ${sum(sql`is_open`)}
    UNION ALL SELECT 'stadt', k_stadt::text, n::int FROM grouped WHERE by_combination = 0 AND k_stadt IS NOT NULL
    UNION ALL SELECT 'art', type_id::text, sum(n)::int FROM combinations WHERE ${counts("art")} GROUP BY 2
    ${unnested("feld", "handlungsfeld_ids")}
    ${unnested("gruppe", "target_group_ids")}
    ${unnested("barriere", "accessibility_ids")}
    ${unnested("sprache", "languages")}
    ${
      search.cityId === null
        ? Prisma.empty
        : sql`UNION ALL SELECT 'bezirk', d.id::text, count(*)::int
                FROM offer o JOIN district d ON d.city_id = ${search.cityId}::uuid
               WHERE ${Prisma.join(districtWhere, " AND ")}
                 AND (o.serves_whole_city OR EXISTS (SELECT 1 FROM offer_district od WHERE od.offer_id = o.id AND od.district_id = d.id))
               GROUP BY 2`
    }`;
}

/** Both statements of a search; exported so tests can EXPLAIN exactly what the page runs. */
export function buildSearchSql(search: ResolvedSearch, options: { now: Date; offset: number }) {
  const conditions = filterConditions(search, options.now);
  const facets = facetsSql(search, conditions, options.now);
  // The page of results is chosen on offer alone (every filter in its WHERE, so the planner
  // can use any index) and only those 20 rows are joined with their names and districts.
  const text = textMatchSql(search);
  const where = [sql`o.status = 'PUBLISHED'`, currentSql(options.now), ...(text === null ? [] : [text]), ...conditions.values()];
  const rows = sql`
    WITH page AS (
      SELECT o.id, ${rankSql(search)} AS rank, ${sortNameSql(search.locale)} AS sort_name
        FROM offer o ${ownTranslationJoin(search)}
       WHERE ${Prisma.join(where, " AND ")}
       ORDER BY rank DESC, sort_name, o.id
       LIMIT ${searchPageSize} OFFSET ${options.offset}
    )
    SELECT o.slug, o.name, o.summary, o.phone, o.phone_dialable, o.serves_whole_city,
           tr.name AS tr_name, tr.summary AS tr_summary, coalesce(tr.reviewed, false) AS tr_reviewed,
           t.slug AS type_slug, t.name AS type_name, t.translations AS type_translations,
           p.name AS provider_name, c.slug AS city_slug, c.name AS city_name,
           coalesce((SELECT json_agg(json_build_object('slug', d.slug, 'name', d.name) ORDER BY d.position, d.name)
                       FROM offer_district od JOIN district d ON d.id = od.district_id WHERE od.offer_id = o.id), '[]'::json) AS districts
      FROM page
      JOIN offer o ON o.id = page.id
      JOIN offer_type t ON t.id = o.type_id
      JOIN city c ON c.id = o.city_id
      LEFT JOIN provider p ON p.id = o.provider_id
      LEFT JOIN offer_translation tr ON tr.offer_id = o.id AND tr.locale = ${search.locale}
     ORDER BY page.rank DESC, page.sort_name, page.id`;
  return { facets, rows };
}
