import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchOffers } from "@/lib/search/data";
import { resolveSearch } from "@/lib/search/resolve-data";
import { buildSearchSql } from "@/lib/search/sql";
import { emptySearchParams, parseSearchParams } from "@/lib/search/schema";
import type { SearchParams } from "@/lib/search/schema";

// Every search is limited to this file's own city, so the results do not depend on
// whatever other test files have put into the shared database.
const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
const city = `suchstadt-${tag}`;
const slugs = {
  buero: `seniorenbuero-${tag}`,
  treff: `begegnung-${tag}`,
  feld: `feld-${tag}`,
  gruppe: `gruppe-${tag}`,
  rampe: `rampe-${tag}`,
  schleife: `schleife-${tag}`,
};
const ids: Record<string, string> = {};
const tuesdayNoon = new Date("2026-03-03T11:00:00Z");

function params(overrides: Partial<SearchParams>): SearchParams {
  return { ...emptySearchParams(), stadt: city, ...overrides };
}
async function names(overrides: Partial<SearchParams>, now = tuesdayNoon) {
  const result = await searchOffers(params(overrides), { now, locale: "de" });
  return result.items.map((i) => i.name.text);
}

beforeAll(async () => {
  const c = await db.city.create({ data: { slug: city, name: `Suchstadt ${tag}`, bundesland: "Nordrhein-Westfalen" } });
  ids.city = c.id;
  const nord = await db.district.create({ data: { cityId: c.id, slug: "nord", name: "Nord", position: 1 } });
  await db.district.create({ data: { cityId: c.id, slug: "sued", name: "Süd", position: 2 } });
  ids.buero = (await db.offerType.create({ data: { slug: slugs.buero, name: "Seniorenbüro" } })).id;
  ids.treff = (await db.offerType.create({ data: { slug: slugs.treff, name: "Begegnungsstätte" } })).id;
  ids.feld = (await db.handlungsfeld.create({ data: { slug: slugs.feld, name: `Feld ${tag}` } })).id;
  ids.gruppe = (await db.targetGroup.create({ data: { slug: slugs.gruppe, name: `Gruppe ${tag}` } })).id;
  ids.rampe = (await db.accessibilityFeature.create({ data: { slug: slugs.rampe, name: "Rampe" } })).id;
  ids.schleife = (await db.accessibilityFeature.create({ data: { slug: slugs.schleife, name: "Hörschleife" } })).id;
  ids.provider = (await db.provider.create({ data: { slug: `traeger-${tag}`, name: "Altenhilfe Verein Suchstadt" } })).id;

  const base = { cityId: c.id, status: "PUBLISHED" as const, description: "Ein Testeintrag." };
  await db.offer.create({
    data: {
      ...base,
      slug: `buero-nord-${tag}`,
      name: "Seniorenbüro Nord",
      summary: "Beratung und Hilfe im Alltag.",
      typeId: ids.buero,
      providerId: ids.provider,
      freeOfCharge: true,
      languages: ["tr"],
      districts: { create: { districtId: nord.id } },
      handlungsfelder: { create: { handlungsfeldId: ids.feld } },
      targetGroups: { create: { targetGroupId: ids.gruppe } },
      accessibility: { create: [{ featureId: ids.rampe }, { featureId: ids.schleife }] },
      contacts: { create: { name: "Hannelore Quastenberg" } },
      openingHours: { create: { weekday: 2, opens: "09:00", closes: "13:00" } },
    },
  });
  await db.offer.create({
    data: {
      ...base,
      slug: `markt-${tag}`,
      name: "Begegnungsstätte am Markt",
      summary: "Offener Treff für alle.",
      description: "Sie finden uns in der Marktstraße gegenüber der Kirche.",
      typeId: ids.treff,
      servesWholeCity: true,
      freeOfCharge: false,
      accessibility: { create: { featureId: ids.rampe } },
    },
  });
  await db.offer.create({
    data: {
      ...base,
      slug: `gedaechtnis-${tag}`,
      name: "Gedächtnistraining im Quartier",
      summary: "Kurs.",
      typeId: ids.treff,
      freeOfCharge: true,
    },
  });
  await db.offer.create({
    data: {
      ...base,
      slug: `treff-${tag}`,
      name: "Offener Treff Süd",
      summary: "Kaffee und Gespräche.",
      description: "Jeden Mittwoch gibt es hier auch Gedächtnistraining.",
      typeId: ids.treff,
      freeOfCharge: true,
    },
  });
  await db.offer.create({
    data: {
      ...base,
      slug: `nachtcafe-${tag}`,
      name: "Nachtcafé",
      summary: "Für alle, die nachts nicht schlafen können.",
      description: "Der Eingang liegt an der Straße hinter dem Bahnhof.",
      typeId: ids.treff,
      openingHours: {
        create: [
          { weekday: 5, opens: "22:00", closes: "02:00" },
          { weekday: 7, opens: "03:00", closes: "04:00" },
        ],
      },
      exceptions: { create: { date: new Date("2026-12-25"), closed: true } },
    },
  });
  await db.offer.create({
    data: {
      ...base,
      slug: `entwurf-${tag}`,
      name: "Seniorenbüro Entwurf",
      summary: "Noch nicht veröffentlicht.",
      typeId: ids.buero,
      status: "DRAFT",
    },
  });
});

afterAll(async () => {
  await db.offer.deleteMany({ where: { cityId: ids.city } });
  await db.city.delete({ where: { id: ids.city } });
  await db.provider.delete({ where: { id: ids.provider } });
  await db.offerType.deleteMany({ where: { id: { in: [ids.buero!, ids.treff!] } } });
  await db.handlungsfeld.delete({ where: { id: ids.feld } });
  await db.targetGroup.delete({ where: { id: ids.gruppe } });
  await db.accessibilityFeature.deleteMany({ where: { id: { in: [ids.rampe!, ids.schleife!] } } });
  await db.$disconnect();
});

describe("free-text search", () => {
  it("tolerates typos: Senoirenbüro finds the Seniorenbüro", async () => {
    expect(await names({ q: "Senoirenbüro" })).toEqual(["Seniorenbüro Nord"]);
    expect(await names({ q: "Begegnungstätte" })).toContain("Begegnungsstätte am Markt");
  });

  it("folds umlauts and ß: Begegnungsstatte and Marktstrasse match", async () => {
    expect(await names({ q: "Begegnungsstatte" })).toContain("Begegnungsstätte am Markt");
    expect(await names({ q: "Marktstrasse" })).toEqual(["Begegnungsstätte am Markt"]);
    expect(await names({ q: "Strasse Bahnhof" })).toEqual(["Nachtcafé"]);
    expect(await names({ q: "gedachtnistraining" })).toHaveLength(2);
  });

  it("uses German stemming and prefixes", async () => {
    expect(await names({ q: "Gespräch" })).toEqual(["Offener Treff Süd"]);
    expect(await names({ q: "Senioren" })).toEqual(["Seniorenbüro Nord"]);
    // Stop words are ignored, not required.
    expect(await names({ q: "der Senioren und" })).toEqual(["Seniorenbüro Nord"]);
  });

  it("ranks a name match above a description match", async () => {
    expect(await names({ q: "Gedächtnistraining" })).toEqual(["Gedächtnistraining im Quartier", "Offener Treff Süd"]);
  });

  it("searches type, provider and contact names, and follows changes to them", async () => {
    expect(await names({ q: "Quastenberg" })).toEqual(["Seniorenbüro Nord"]);
    expect(await names({ q: "Altenhilfe Verein" })).toEqual(["Seniorenbüro Nord"]);
    await db.provider.update({ where: { id: ids.provider }, data: { name: "Sorgenetz Suchstadt" } });
    expect(await names({ q: "Sorgenetz" })).toEqual(["Seniorenbüro Nord"]);
    expect(await names({ q: "Altenhilfe" })).toEqual([]);
    await db.contact.deleteMany({ where: { name: "Hannelore Quastenberg" } });
    expect(await names({ q: "Quastenberg" })).toEqual([]);
  });

  it("never shows unpublished offers and treats SQL and HTML as plain words", async () => {
    expect(await names({ q: "Entwurf" })).toEqual([]);
    const { params: junk } = parseSearchParams({ q: "'; DROP TABLE offer; -- <script>alert(1)</script> & | ! :*", stadt: city });
    const result = await searchOffers(junk, { now: tuesdayNoon, locale: "de" });
    expect(result.total).toBe(0);
    expect(await db.offer.count({ where: { cityId: ids.city } })).toBe(6);
  });
});

describe("filters and facet counts", () => {
  it("combines filters with AND and counts each facet with the other filters applied", async () => {
    const result = await searchOffers(params({ art: [slugs.treff], kostenlos: true }), { now: tuesdayNoon, locale: "de" });
    expect(result.items.map((i) => i.name.text).sort()).toEqual(["Gedächtnistraining im Quartier", "Offener Treff Süd"]);
    expect(result.total).toBe(2);
    // Type counts ignore the type filter but keep "free of charge": 1 Seniorenbüro, 2 Begegnungsstätten.
    expect(result.facets.art).toEqual([
      { value: slugs.treff, label: { text: "Begegnungsstätte", lang: "de", reviewed: true }, count: 2, selected: true },
      { value: slugs.buero, label: { text: "Seniorenbüro", lang: "de", reviewed: true }, count: 1, selected: false },
    ]);
    // The free-of-charge count ignores that filter but keeps the type: 2 of the 4 Begegnungsstätten.
    expect(result.facets.kostenlos).toEqual({ count: 2, selected: true });
  });

  it("puts whole-city offers into every district", async () => {
    const result = await searchOffers(params({ bezirk: ["sued"] }), { now: tuesdayNoon, locale: "de" });
    expect(result.items.map((i) => i.name.text)).toEqual(["Begegnungsstätte am Markt"]);
    expect(result.facets.bezirk.map((o) => [o.value, o.count])).toEqual([
      ["nord", 2],
      ["sued", 1],
    ]);
  });

  it("requires every chosen accessibility feature", async () => {
    expect(await names({ barriere: [slugs.rampe] })).toHaveLength(2);
    expect(await names({ barriere: [slugs.rampe, slugs.schleife] })).toEqual(["Seniorenbüro Nord"]);
  });

  it("filters by Handlungsfeld, target group and language, with names and counts", async () => {
    const result = await searchOffers(params({ feld: [slugs.feld], gruppe: [slugs.gruppe], sprache: ["tr"] }), {
      now: tuesdayNoon,
      locale: "de",
    });
    expect(result.items.map((i) => i.name.text)).toEqual(["Seniorenbüro Nord"]);
    expect(result.facets.sprache).toEqual([
      { value: "tr", label: { text: "Türkisch", lang: "de", reviewed: true }, count: 1, selected: true },
    ]);
    expect(result.facets.stadt).toEqual([
      { value: city, label: { text: `Suchstadt ${tag}`, lang: "de", reviewed: true }, count: 1, selected: true },
    ]);
  });

  it("drops and reports unknown values and clamps an out-of-range page", async () => {
    const result = await searchOffers(params({ art: ["gibt-es-nicht"], seite: 9 }), { now: tuesdayNoon, locale: "de" });
    expect(result.notices).toEqual([
      { kind: "unknownValue", param: "art", value: "gibt-es-nicht" },
      { kind: "pageClamped", requested: 9, last: 1 },
    ]);
    expect(result.total).toBe(5);
    expect(result.params.art).toEqual([]);
    expect(result.page).toBe(1);
    const noCity = await resolveSearch({ ...emptySearchParams(), bezirk: ["nord"] });
    expect(noCity.notices).toEqual([{ kind: "districtNeedsCity" }]);
  });
});

describe("open now (Europe/Berlin wall clock)", () => {
  it("knows weekly hours, hours past midnight, DST and closed days", async () => {
    expect(await names({ offen: true }, tuesdayNoon)).toEqual(["Seniorenbüro Nord"]);
    // Friday 23:30 and Saturday 01:30 Berlin time: the Friday range 22:00–02:00 is open.
    expect(await names({ offen: true }, new Date("2026-03-06T22:30:00Z"))).toEqual(["Nachtcafé"]);
    expect(await names({ offen: true }, new Date("2026-03-07T00:30:00Z"))).toEqual(["Nachtcafé"]);
    expect(await names({ offen: true }, new Date("2026-03-07T01:30:00Z"))).toEqual([]);
    // 29 March 2026, 01:15 UTC is 03:15 summer time (03:00–04:00 open); a fixed +1 h offset would say 02:15.
    expect(await names({ offen: true }, new Date("2026-03-29T01:15:00Z"))).toEqual(["Nachtcafé"]);
    expect(await names({ offen: true }, new Date("2026-03-22T01:15:00Z"))).toEqual([]);
    // Friday 25 December 2026 is a closed day: 23:00 Berlin is not open.
    expect(await names({ offen: true }, new Date("2026-12-25T22:00:00Z"))).toEqual([]);
    const result = await searchOffers(params({}), { now: tuesdayNoon, locale: "de" });
    expect(result.facets.offen).toEqual({ count: 1, selected: false });
  });
});

describe("query plan", () => {
  it("uses indexes, never a sequential scan of offer, with 5,000 more offers", async () => {
    // With a selective type filter the page may come from the type index instead; the
    // typo'd query without filters must come from the search index.
    const statements: { sql: Prisma.Sql; searchIndex: boolean }[] = [];
    const cases: [Partial<SearchParams>, boolean][] = [
      [{ q: "Seniorenbüro", art: [slugs.buero] }, false],
      [{ q: "Senoirenbüro Beratung", stadt: null }, true],
    ];
    for (const [overrides, rowsUseSearchIndex] of cases) {
      const { facets, rows } = buildSearchSql(await resolveSearch(params(overrides)), { now: tuesdayNoon, offset: 0 });
      statements.push({ sql: facets, searchIndex: true }, { sql: rows, searchIndex: rowsUseSearchIndex });
    }
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO offer (slug, name, summary, description, type_id, city_id, status, updated_at)
         SELECT 'plan-${tag}-' || g,
                (ARRAY['Begegnungszentrum', 'Beratungsstelle', 'Besuchsdienst', 'Mittagstisch', 'Quartierstreff'])[g % 5 + 1] || ' ' || g,
                'Synthetischer Eintrag ' || g, 'Nur für diesen Test.', $1, $2, 'PUBLISHED', now()
           FROM generate_series(1, 5000) AS g`,
        [ids.treff, ids.city],
      );
      await client.query("ANALYZE offer");
      for (const statement of statements) {
        const plan = (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${statement.sql.text}`, statement.sql.values)).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
        if (process.env.SHOW_PLAN) console.log(plan);
        expect(plan).not.toMatch(/Seq Scan on offer\b(?!_)/);
        expect(plan).toMatch(
          /(Bitmap Index Scan on|Index Scan using) (offer_pkey|offer_type_id_idx|offer_city_id_status_idx|offer_search_vector_idx)\b/,
        );
        if (statement.searchIndex) expect(plan).toContain("offer_search_vector_idx");
      }
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
