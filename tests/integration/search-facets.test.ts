import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { searchOffers } from "@/lib/search/data";
import { emptySearchParams } from "@/lib/search/schema";
import type { FilterParam, SearchParams } from "@/lib/search/schema";
import type { SearchResult } from "@/lib/search/types";

// The facet counts come from copies on the offer row that triggers keep current
// (0005_search_facets.sql) and from one grouped pass. These tests compare every count
// with a plain reimplementation of the rules over a small, varied fixture, for many
// filter combinations and times, and follow the copies through edits of the links.
// Every search includes this file's own word, so other files' offers never match.
const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
const word = `facettenwort${tag}`;

type Hours = [weekday: number, opens: string, closes: string];
type Exception = { date: string; closed: boolean; opens?: string; closes?: string };
type Fixture = {
  slug: string;
  city: "a" | "b";
  type: "t1" | "t2" | "t3";
  free: boolean | null;
  languages: string[];
  whole: boolean;
  districts: ("nord" | "sued")[];
  felds: ("f1" | "f2")[];
  groups: ("g1" | "g2")[];
  features: ("r" | "s")[];
  hours: Hours[];
  exceptions: Exception[];
  published: boolean;
};

const base: Omit<Fixture, "slug"> = {
  city: "a",
  type: "t1",
  free: null,
  languages: [],
  whole: false,
  districts: [],
  felds: [],
  groups: [],
  features: [],
  hours: [],
  exceptions: [],
  published: true,
};
const fixtures: Fixture[] = [
  {
    ...base,
    slug: "o1",
    type: "t1",
    free: true,
    languages: ["tr"],
    districts: ["nord"],
    felds: ["f1"],
    groups: ["g1"],
    features: ["r", "s"],
    hours: [[2, "09:00", "13:00"]],
  },
  {
    ...base,
    slug: "o2",
    type: "t2",
    free: false,
    whole: true,
    features: ["r"],
    felds: ["f1", "f2"],
    hours: [
      [2, "08:00", "18:00"],
      [4, "10:00", "12:00"],
    ],
  },
  {
    ...base,
    slug: "o3",
    type: "t2",
    free: true,
    languages: ["tr", "ar"],
    districts: ["sued"],
    groups: ["g1", "g2"],
    hours: [
      [5, "22:00", "02:00"],
      [7, "03:00", "04:00"],
    ],
    exceptions: [{ date: "2026-12-25", closed: true }],
  },
  {
    ...base,
    slug: "o4",
    type: "t3",
    free: true,
    districts: ["nord", "sued"],
    felds: ["f2"],
    features: ["s"],
    hours: [[7, "20:00", "01:00"]],
  },
  {
    ...base,
    slug: "o5",
    type: "t1",
    languages: ["en"],
    whole: true,
    districts: ["sued"],
    groups: ["g2"],
    hours: [
      [1, "00:00", "24:00"],
      [2, "12:00", "12:00"],
    ],
  },
  {
    ...base,
    slug: "o6",
    type: "t1",
    free: true,
    felds: ["f1"],
    hours: [[3, "09:00", "17:00"]],
    exceptions: [{ date: "2026-03-03", closed: false, opens: "11:00", closes: "12:30" }],
  },
  {
    ...base,
    slug: "o7",
    type: "t3",
    free: false,
    languages: ["tr"],
    districts: ["nord"],
    felds: ["f2"],
    groups: ["g1"],
    features: ["r"],
    hours: [[2, "09:00", "17:00"]],
    exceptions: [{ date: "2026-03-03", closed: true }],
  },
  {
    ...base,
    slug: "o8",
    city: "b",
    type: "t1",
    free: true,
    languages: ["tr"],
    felds: ["f1"],
    groups: ["g1"],
    features: ["r", "s"],
    hours: [[2, "09:00", "13:00"]],
  },
  { ...base, slug: "o9", city: "b", type: "t2", whole: true, felds: ["f2"], hours: [[6, "10:00", "10:30"]] },
  {
    ...base,
    slug: "o10",
    type: "t1",
    free: true,
    felds: ["f1"],
    groups: ["g1"],
    features: ["r"],
    hours: [[2, "09:00", "17:00"]],
    published: false,
  },
  // An exception with only one time set does not replace the day's hours.
  {
    ...base,
    slug: "o11",
    type: "t2",
    felds: ["f1"],
    hours: [[2, "10:00", "14:00"]],
    exceptions: [{ date: "2026-03-03", closed: false, opens: "15:00" }],
  },
];

const ids = {
  city: {} as Record<string, string>,
  type: {} as Record<string, string>,
  feld: {} as Record<string, string>,
  gruppe: {} as Record<string, string>,
  feature: {} as Record<string, string>,
  district: {} as Record<string, string>,
  offer: {} as Record<string, string>,
};
const slug = (name: string) => `${name}-${tag}`;
const tuesdayNoon = new Date("2026-03-03T11:00:00Z");

async function createOffer(fixture: Fixture) {
  const offer = await db.offer.create({
    data: {
      slug: slug(fixture.slug),
      name: `Angebot ${fixture.slug}`,
      summary: `Kurzbeschreibung ${word}.`,
      description: "Ein Eintrag für die Facettentests.",
      cityId: ids.city[fixture.city]!,
      typeId: ids.type[fixture.type]!,
      status: fixture.published ? "PUBLISHED" : "DRAFT",
      freeOfCharge: fixture.free,
      languages: fixture.languages,
      servesWholeCity: fixture.whole,
      districts: { create: fixture.districts.map((d) => ({ districtId: ids.district[`${fixture.city}-${d}`]! })) },
      handlungsfelder: { create: fixture.felds.map((f) => ({ handlungsfeldId: ids.feld[f]! })) },
      targetGroups: { create: fixture.groups.map((g) => ({ targetGroupId: ids.gruppe[g]! })) },
      accessibility: { create: fixture.features.map((f) => ({ featureId: ids.feature[f]! })) },
      openingHours: { create: fixture.hours.map(([weekday, opens, closes]) => ({ weekday, opens, closes })) },
      exceptions: {
        create: fixture.exceptions.map((e) => ({
          date: new Date(e.date),
          closed: e.closed,
          opens: e.opens ?? null,
          closes: e.closes ?? null,
        })),
      },
    },
  });
  ids.offer[fixture.slug] = offer.id;
}

beforeAll(async () => {
  for (const c of ["a", "b"] as const) {
    const city = await db.city.create({
      data: { slug: slug(`facettenstadt-${c}`), name: `Facettenstadt ${c} ${tag}`, bundesland: "Hessen" },
    });
    ids.city[c] = city.id;
    for (const [position, d] of (["nord", "sued"] as const).entries()) {
      ids.district[`${c}-${d}`] = (await db.district.create({ data: { cityId: city.id, slug: d, name: d, position } })).id;
    }
  }
  for (const t of ["t1", "t2", "t3"])
    ids.type[t] = (await db.offerType.create({ data: { slug: slug(`typ-${t}`), name: `Typ ${t} ${tag}` } })).id;
  for (const f of ["f1", "f2"])
    ids.feld[f] = (await db.handlungsfeld.create({ data: { slug: slug(`feld-${f}`), name: `Feld ${f} ${tag}` } })).id;
  for (const g of ["g1", "g2"])
    ids.gruppe[g] = (await db.targetGroup.create({ data: { slug: slug(`gruppe-${g}`), name: `Gruppe ${g} ${tag}` } })).id;
  for (const f of ["r", "s"]) {
    ids.feature[f] = (await db.accessibilityFeature.create({ data: { slug: slug(`merkmal-${f}`), name: `Merkmal ${f} ${tag}` } })).id;
  }
  for (const fixture of fixtures) await createOffer(fixture);
});

afterAll(async () => {
  await db.offer.deleteMany({ where: { cityId: { in: Object.values(ids.city) } } });
  await db.city.deleteMany({ where: { id: { in: Object.values(ids.city) } } });
  await db.offerType.deleteMany({ where: { id: { in: Object.values(ids.type) } } });
  await db.handlungsfeld.deleteMany({ where: { id: { in: Object.values(ids.feld) } } });
  await db.targetGroup.deleteMany({ where: { id: { in: Object.values(ids.gruppe) } } });
  await db.accessibilityFeature.deleteMany({ where: { id: { in: Object.values(ids.feature) } } });
  await db.$disconnect();
});

// --- The rules, written out plainly -------------------------------------------------

function berlin(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday!) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday };
}

function openAt(fixture: Fixture, at: Date): boolean {
  const { date, time, weekday } = berlin(at);
  const today = fixture.exceptions.filter((e) => e.date === date);
  if (today.some((e) => !e.closed && e.opens !== undefined && e.closes !== undefined && e.opens <= time && time < e.closes)) return true;
  if (today.some((e) => e.closed || (e.opens !== undefined && e.closes !== undefined))) return false;
  const yesterday = ((weekday + 5) % 7) + 1;
  return fixture.hours.some(
    ([day, opens, closes]) =>
      (day === weekday && opens <= time && (time < closes || closes <= opens)) || (day === yesterday && closes <= opens && time < closes),
  );
}

type Params = Omit<Partial<SearchParams>, "stadt"> & { stadt?: "a" | "b" };

function expected(params: Params, at: Date) {
  const offers = fixtures.filter((f) => f.published);
  const slugsOf = (values: string[] | undefined, prefix: string) =>
    (values ?? []).map((v) => v.replace(`${prefix}-`, "").replace(`-${tag}`, ""));
  const chosen = {
    bezirk: params.bezirk ?? [],
    art: slugsOf(params.art, "typ"),
    feld: slugsOf(params.feld, "feld"),
    gruppe: slugsOf(params.gruppe, "gruppe"),
    barriere: slugsOf(params.barriere, "merkmal"),
    sprache: params.sprache ?? [],
  };
  const checks = new Map<FilterParam, (f: Fixture) => boolean>();
  if (params.stadt) checks.set("stadt", (f) => f.city === params.stadt);
  if (params.stadt && chosen.bezirk.length > 0) {
    checks.set(
      "bezirk",
      (f) => (f.whole && f.city === params.stadt) || f.districts.some((d) => f.city === params.stadt && chosen.bezirk.includes(d)),
    );
  }
  if (chosen.art.length > 0) checks.set("art", (f) => chosen.art.includes(f.type));
  if (chosen.feld.length > 0) checks.set("feld", (f) => f.felds.some((x) => chosen.feld.includes(x)));
  if (chosen.gruppe.length > 0) checks.set("gruppe", (f) => f.groups.some((x) => chosen.gruppe.includes(x)));
  if (chosen.sprache.length > 0) checks.set("sprache", (f) => f.languages.some((x) => chosen.sprache.includes(x)));
  if (chosen.barriere.length > 0) checks.set("barriere", (f) => chosen.barriere.every((x) => (f.features as string[]).includes(x)));
  if (params.kostenlos) checks.set("kostenlos", (f) => f.free === true);
  if (params.offen) checks.set("offen", (f) => openAt(f, at));
  const passing = (f: Fixture, except?: FilterParam) => [...checks].every(([param, check]) => param === except || check(f));

  const tally = (facet: FilterParam, valuesOf: (f: Fixture) => string[]) => {
    const counts = new Map<string, number>();
    for (const f of offers) {
      if (!passing(f, facet === "barriere" ? undefined : facet)) continue;
      for (const v of valuesOf(f)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return counts;
  };
  // Values with a count, and chosen values even without one.
  const asOptions = (counts: Map<string, number>, selected: string[], toSlug: (v: string) => string) => {
    const bySlug = new Map([...counts].map(([value, count]) => [toSlug(value), count]));
    return [...new Set([...bySlug.keys(), ...selected])].map((value) => [value, bySlug.get(value) ?? 0] as const).sort();
  };
  const stadtSelected = params.stadt ? [slug(`facettenstadt-${params.stadt}`)] : [];
  const bezirk =
    params.stadt === undefined
      ? []
      : asOptions(
          tally("bezirk", (f) => (f.city !== params.stadt ? [] : f.whole ? ["nord", "sued"] : f.districts)),
          chosen.bezirk,
          (v) => v,
        );
  return {
    total: offers.filter((f) => passing(f)).length,
    items: offers
      .filter((f) => passing(f))
      .map((f) => slug(f.slug))
      .sort(),
    stadt: asOptions(
      tally("stadt", (f) => [f.city]),
      stadtSelected,
      (v) => slug(`facettenstadt-${v}`),
    ),
    bezirk,
    art: asOptions(
      tally("art", (f) => [f.type]),
      params.art ?? [],
      (v) => slug(`typ-${v}`),
    ),
    feld: asOptions(
      tally("feld", (f) => f.felds),
      params.feld ?? [],
      (v) => slug(`feld-${v}`),
    ),
    gruppe: asOptions(
      tally("gruppe", (f) => f.groups),
      params.gruppe ?? [],
      (v) => slug(`gruppe-${v}`),
    ),
    barriere: asOptions(
      tally("barriere", (f) => f.features),
      params.barriere ?? [],
      (v) => slug(`merkmal-${v}`),
    ),
    sprache: asOptions(
      tally("sprache", (f) => f.languages),
      chosen.sprache,
      (v) => v,
    ),
    kostenlos: offers.filter((f) => passing(f, "kostenlos") && f.free === true).length,
    offen: offers.filter((f) => passing(f, "offen") && openAt(f, at)).length,
  };
}

function actual(result: SearchResult) {
  const options = (list: { value: string; count: number }[]) => list.map((o) => [o.value, o.count] as const).sort();
  return {
    total: result.total,
    items: result.items.map((i) => i.slug).sort(),
    stadt: options(result.facets.stadt),
    bezirk: options(result.facets.bezirk),
    art: options(result.facets.art),
    feld: options(result.facets.feld),
    gruppe: options(result.facets.gruppe),
    barriere: options(result.facets.barriere),
    sprache: options(result.facets.sprache),
    kostenlos: result.facets.kostenlos.count,
    offen: result.facets.offen.count,
  };
}

async function check(params: Params, at = tuesdayNoon) {
  const { stadt, ...rest } = params;
  const input: SearchParams = { ...emptySearchParams(), q: word, stadt: stadt ? slug(`facettenstadt-${stadt}`) : null, ...rest };
  const result = await searchOffers(input, { now: at, locale: "de" });
  expect(actual(result), JSON.stringify(params)).toEqual(expected(params, at));
}

const art = (...v: string[]) => v.map((x) => slug(`typ-${x}`));
const feld = (...v: string[]) => v.map((x) => slug(`feld-${x}`));
const gruppe = (...v: string[]) => v.map((x) => slug(`gruppe-${x}`));
const barriere = (...v: string[]) => v.map((x) => slug(`merkmal-${x}`));

describe("result order", () => {
  it("sorts equally ranked results by the name the reader sees, translated or not", async () => {
    await db.offerTranslation.create({ data: { offerId: ids.offer.o1!, locale: "en", name: "Zebra crossing club", reviewed: true } });
    await db.offerTranslation.create({ data: { offerId: ids.offer.o2!, locale: "en", name: "Aardvark meeting point", reviewed: true } });
    // An empty translated name falls back to the German one.
    await db.offerTranslation.create({ data: { offerId: ids.offer.o3!, locale: "en", name: "", summary: "Summary only." } });
    const order = async (locale: "de" | "en") =>
      (await searchOffers({ ...emptySearchParams(), q: word, stadt: slug("facettenstadt-a") }, { now: tuesdayNoon, locale })).items.map(
        (i) => i.slug.replace(`-${tag}`, ""),
      );
    expect(await order("de")).toEqual(["o1", "o11", "o2", "o3", "o4", "o5", "o6", "o7"]);
    expect(await order("en")).toEqual(["o2", "o11", "o3", "o4", "o5", "o6", "o7", "o1"]);
    // A word of the reader's translation finds the offer and ranks it first.
    const zebra = await searchOffers(
      { ...emptySearchParams(), q: "zebra", stadt: slug("facettenstadt-a") },
      { now: tuesdayNoon, locale: "en" },
    );
    expect(zebra.items.map((i) => i.slug)).toEqual([slug("o1")]);
    await db.offerTranslation.deleteMany({ where: { offerId: { in: [ids.offer.o1!, ids.offer.o2!, ids.offer.o3!] } } });
  });
});

describe("facet counts", () => {
  it("match the rules for single filters and combinations of them", async () => {
    const cases: Params[] = [
      {},
      { stadt: "a" },
      { stadt: "b" },
      { stadt: "a", bezirk: ["nord"] },
      { stadt: "a", bezirk: ["sued", "nord"], kostenlos: true },
      { art: art("t1") },
      { art: art("t1", "t2"), feld: feld("f1") },
      { feld: feld("f2"), gruppe: gruppe("g1") },
      { gruppe: gruppe("g1", "g2"), sprache: ["tr"] },
      { sprache: ["tr", "en"], kostenlos: true },
      { barriere: barriere("r") },
      { barriere: barriere("r", "s"), stadt: "a" },
      { kostenlos: true, offen: true },
      { offen: true, stadt: "a", art: art("t2") },
      {
        stadt: "a",
        bezirk: ["nord"],
        art: art("t1", "t3"),
        feld: feld("f1", "f2"),
        gruppe: gruppe("g1"),
        sprache: ["tr"],
        barriere: barriere("r"),
        kostenlos: true,
        offen: true,
      },
      { stadt: "b", art: art("t1"), offen: true },
    ];
    for (const params of cases) await check(params);
  });

  it("count 'open now' with overnight hours, Sunday into Monday, DST and dated exceptions", async () => {
    const times = [
      "2026-03-03T11:00:00Z", // Tuesday 12:00: o6's exception opens it on a Tuesday without hours, o7 is closed that day
      "2026-03-03T14:30:00Z", // Tuesday 15:30
      "2026-03-06T22:30:00Z", // Friday 23:30
      "2026-03-07T00:30:00Z", // Saturday 01:30: Friday's range runs until 02:00
      "2026-03-08T23:30:00Z", // Monday 00:30: Sunday's range runs until 01:00, and o5 is open all Monday
      "2026-03-29T01:15:00Z", // Sunday 03:15 summer time
      "2026-12-25T22:00:00Z", // Friday 25 December 23:00, a closed day for o3
      "2026-03-10T11:00:00Z", // Tuesday 12:00, a range with equal opening and closing time
    ];
    for (const at of times) {
      await check({}, new Date(at));
      await check({ offen: true }, new Date(at));
      await check({ offen: true, stadt: "a", kostenlos: true }, new Date(at));
    }
  });

  it("follow edits of links, hours, type, languages and cost", async () => {
    const o2 = fixtures.find((f) => f.slug === "o2")!;
    const o2Id = ids.offer.o2!;
    const o4 = fixtures.find((f) => f.slug === "o4")!;
    const o4Id = ids.offer.o4!;
    const all: Params[] = [
      {},
      { stadt: "a", offen: true },
      { feld: feld("f1"), barriere: barriere("s") },
      { gruppe: gruppe("g2"), sprache: ["pl"] },
    ];
    const checkAll = async () => {
      for (const params of all) await check(params);
    };

    await db.offerHandlungsfeld.delete({ where: { offerId_handlungsfeldId: { offerId: o2Id, handlungsfeldId: ids.feld.f1! } } });
    o2.felds = ["f2"];
    await db.offerTargetGroup.create({ data: { offerId: o2Id, targetGroupId: ids.gruppe.g2! } });
    o2.groups = ["g2"];
    await db.offerAccessibility.create({ data: { offerId: o2Id, featureId: ids.feature.s! } });
    o2.features = ["r", "s"];
    await checkAll();

    await db.offer.update({ where: { id: o2Id }, data: { typeId: ids.type.t3!, languages: ["pl"], freeOfCharge: true } });
    Object.assign(o2, { type: "t3", languages: ["pl"], free: true });
    await db.openingHours.deleteMany({ where: { offerId: o2Id } });
    await db.openingHours.create({ data: { offerId: o2Id, weekday: 2, opens: "11:30", closes: "11:45" } });
    o2.hours = [[2, "11:30", "11:45"]];
    await db.openingHours.updateMany({ where: { offerId: o4Id }, data: { weekday: 2, opens: "06:00", closes: "12:05" } });
    o4.hours = [[2, "06:00", "12:05"]];
    await checkAll();

    await db.handlungsfeld.delete({ where: { id: ids.feld.f2! } });
    for (const f of fixtures) f.felds = f.felds.filter((x) => x !== "f2");
    delete ids.feld.f2;
    await check({});
    await check({ feld: feld("f1") });

    // The copies equal what the triggers would compute afresh.
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ stale: number }>(
        `SELECT count(*)::int AS stale
           FROM offer o JOIN offer_facet_set s ON s.id = o.facet_set_id
          WHERE o.id = ANY($1::uuid[])
            AND (o.handlungsfeld_ids IS DISTINCT FROM ARRAY(SELECT handlungsfeld_id FROM offer_handlungsfeld WHERE offer_id = o.id ORDER BY 1)
              OR o.target_group_ids IS DISTINCT FROM ARRAY(SELECT target_group_id FROM offer_target_group WHERE offer_id = o.id ORDER BY 1)
              OR o.accessibility_ids IS DISTINCT FROM ARRAY(SELECT feature_id FROM offer_accessibility WHERE offer_id = o.id ORDER BY 1)
              OR o.open_bounds IS DISTINCT FROM offer_open_bounds(o.id)
              OR (s.type_id, s.languages, s.free_of_charge, s.handlungsfeld_ids, s.target_group_ids, s.accessibility_ids)
                 IS DISTINCT FROM (o.type_id, o.languages, o.free_of_charge, o.handlungsfeld_ids, o.target_group_ids, o.accessibility_ids))`,
        [Object.values(ids.offer)],
      );
      expect(rows[0]!.stale).toBe(0);
    } finally {
      await client.end();
    }
  });
});
