import pg from "pg";
import type { SearchPlan } from "./bench-routes";

export const syntheticOfferCount = 100_000;
export const syntheticCityCount = 400;

// Kept in the synthetic cities' Bundesland: data made by an older generator is replaced.
const generatorVersion = "Testland v2";

// The texts every synthetic offer shares (no quotes: they go into the SQL as literals).
const summaryText = "Synthetischer Testeintrag für Lasttests: ";
const summaryTail = " mit Beratung und Begegnung.";
const descriptionText = "Dieser Eintrag ist erfunden und nur für Lasttests da. Er beschreibt ein ";
const descriptionTail = " mit offenen Treffen, Beratung zu Pflege und Wohnen, Ausflügen und Kursen für ältere Menschen.";
export const sharedOfferText = [summaryText, summaryTail, descriptionText, descriptionTail].join(" ");

/** Search words each synthetic offer matches (the shared texts contain them or a longer form). */
export const wordsInEverySyntheticOffer = [
  "Beratung",
  "Pflege",
  "Wohnen",
  "Ausflüge",
  "Kurse",
  "Treffen",
  "Begegnung",
  "Menschen",
  "Lasttests",
  "Testeintrag",
] as const;

// Synthetic load-test data: 400 cities × 8 districts, 100,000 offers, a fifth of each
// city's serving the whole city and the rest spread over its districts. Every
// record is marked "SYNTHETISCH" and carries source_document 'synthetic-benchmark'
// so it can never be mistaken for real data; it only ever goes into the
// benchmark's own database.
export async function generateSyntheticData(url: string, offers = syntheticOfferCount, cities = syntheticCityCount) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; current: boolean }>(
      `SELECT count(*) AS n, EXISTS (SELECT 1 FROM city WHERE source_document = 'synthetic-benchmark' AND bundesland = $1) AS current FROM offer`,
      [generatorVersion],
    );
    if (Number(rows[0]!.n) >= offers && rows[0]!.current) return false;
    await client.query("BEGIN");
    // Only ever synthetic rows: the seed data in the same database stays as it is.
    await client.query("DELETE FROM offer WHERE source_document = 'synthetic-benchmark'");
    await client.query("DELETE FROM city WHERE source_document = 'synthetic-benchmark'");
    await client.query(`
      INSERT INTO city (slug, name, bundesland, source_document, updated_at)
      SELECT 'synth-' || lpad(i::text, 3, '0'), 'SYNTHETISCH Teststadt ' || lpad(i::text, 3, '0'), '${generatorVersion}', 'synthetic-benchmark', now()
        FROM generate_series(1, ${cities}) AS i`);
    await client.query(`
      INSERT INTO district (city_id, slug, name, position, updated_at)
      SELECT c.id, 'bezirk-' || d, 'Bezirk ' || d, d, now() FROM city c, generate_series(1, 8) AS d
       WHERE c.source_document = 'synthetic-benchmark'`);
    await client.query(`
      WITH words AS (
        SELECT ARRAY['Seniorenbüro','Begegnungsstätte','Beratungsstelle','Besuchsdienst','Nachbarschaftstreff','Wohnberatung','Quartiersprojekt','Mittagstisch','Digitalsprechstunde','Demenzcafé'] AS nouns,
               ARRAY['Nord','Süd','Mitte','am Markt','an der Kirche','im Quartier','für Alle','Lindenhof','Straße der Freundschaft','Altstadt'] AS places
      ), cities AS (
        SELECT id, row_number() OVER (ORDER BY slug) AS n FROM city WHERE source_document = 'synthetic-benchmark'
      )
      INSERT INTO offer (slug, name, summary, description, type_id, city_id, serves_whole_city, phone, status,
                         source_document, source_section, languages, free_of_charge, updated_at, published_at)
      SELECT 'synth-offer-' || i,
             'SYNTHETISCH ' || w.nouns[1 + i % 10] || ' ' || w.places[1 + (i / 10) % 10] || ' ' || i,
             '${summaryText}' || w.nouns[1 + i % 10] || '${summaryTail}',
             '${descriptionText}' || w.nouns[1 + i % 10] ||
               '${descriptionTail}',
             (SELECT id FROM offer_type ORDER BY position OFFSET (i % 14) LIMIT 1),
             c.id, (i / ${cities}) % 5 = 0, '0000 ' || i, 'PUBLISHED', 'synthetic-benchmark', 'generated',
             CASE WHEN i % 7 = 0 THEN ARRAY['tr','ar'] WHEN i % 3 = 0 THEN ARRAY['en'] ELSE ARRAY[]::text[] END,
             i % 2 = 0, now(), now()
        FROM generate_series(1, ${offers}) AS i, words w, cities c
       WHERE c.n = 1 + i % ${cities}`);
    await client.query(`
      INSERT INTO offer_district (offer_id, district_id)
      SELECT o.id, d.id FROM offer o JOIN district d ON d.city_id = o.city_id
       WHERE o.source_document = 'synthetic-benchmark' AND NOT o.serves_whole_city
         AND d.position = 1 + (hashtext(o.slug) & 7)`);
    await client.query(`
      INSERT INTO offer_handlungsfeld (offer_id, handlungsfeld_id)
      SELECT o.id, h.id FROM offer o JOIN handlungsfeld h ON h.position = 1 + (hashtext(o.slug || 'h') & 3)
       WHERE o.source_document = 'synthetic-benchmark'`);
    await client.query(`
      INSERT INTO opening_hours (offer_id, weekday, opens, closes)
      SELECT o.id, wd, '09:00', '17:00' FROM offer o, generate_series(1, 5) AS wd
       WHERE o.source_document = 'synthetic-benchmark' AND hashtext(o.slug) % 3 = 0`);
    await client.query("COMMIT");
    // Fresh visibility map and statistics: searches without words count from the index alone.
    await client.query("VACUUM ANALYZE");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The valid combinations for the benchmark's uncached search: the offer types and
 * Handlungsfelder the synthetic offers use, and how many result pages every
 * word × type × field search is sure to have (counted from the synthetic offers alone;
 * real seed offers only add results). Counting pages of 40 leaves a margin of half
 * the pages at today's page size of 20.
 */
export async function loadSearchPlan(url: string): Promise<SearchPlan> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ art: string; feld: string; n: number }>(`
      SELECT t.slug AS art, h.slug AS feld, count(*)::int AS n
        FROM offer o
        JOIN offer_type t ON t.id = o.type_id
        JOIN offer_handlungsfeld x ON x.offer_id = o.id
        JOIN handlungsfeld h ON h.id = x.handlungsfeld_id
       WHERE o.source_document = 'synthetic-benchmark' AND o.status = 'PUBLISHED'
       GROUP BY 1, 2`);
    const arts = [...new Set(rows.map((r) => r.art))].sort();
    const felder = [...new Set(rows.map((r) => r.feld))].sort();
    if (arts.length === 0 || felder.length === 0) throw new Error("no synthetic offers with type and Handlungsfeld");
    const count = (art: string, feld: string) => rows.find((r) => r.art === art && r.feld === feld)?.n ?? 0;
    const fewest = Math.min(...arts.flatMap((art) => felder.map((feld) => count(art, feld))));
    return { words: wordsInEverySyntheticOffer, arts, felder, maxPage: Math.max(1, Math.floor(fewest / 40)) };
  } finally {
    await client.end();
  }
}
