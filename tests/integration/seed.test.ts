import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { getCityBySlug, getOfferBySlug, listCitiesWithOfferCounts } from "@/lib/directory/data";
import { readSeedData } from "@/lib/seed/read-files";
import { ensureSeedData } from "./ensure-seed";

const db = createPrismaClient(inject("databaseUrl"));
const bigCities = [
  "bremen",
  "dortmund",
  "dresden",
  "duesseldorf",
  "duisburg",
  "essen",
  "frankfurt",
  "hannover",
  "koeln",
  "leipzig",
  "muenchen",
  "nuernberg",
  "rostock",
  "stuttgart",
];

beforeAll(async () => {
  // Another test file may have loaded it already (tests/integration/ensure-seed.ts).
  await ensureSeedData(db);
}, 120_000);
afterAll(() => db.$disconnect());

describe("seed data in the database", () => {
  it("holds at least 70 published offers across at least 20 cities, each with its source document", async () => {
    const offers = await db.offer.findMany({
      where: { status: "PUBLISHED", slug: { in: (await readSeedData()).cities.flatMap((c) => c.offers.map((o) => o.slug)) } },
      select: { sourceDocument: true, sourceSection: true, cityId: true },
    });
    expect(offers.length).toBeGreaterThanOrEqual(70);
    expect(new Set(offers.map((o) => o.cityId)).size).toBeGreaterThanOrEqual(20);
    for (const offer of offers) {
      expect(offer.sourceDocument).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
      expect(offer.sourceSection).toBeTruthy();
    }
  });

  it("gives each of the 14 big cities its Stadtbezirke", async () => {
    for (const slug of bigCities) {
      const districts = await db.district.count({ where: { city: { slug } } });
      expect(districts, slug).toBeGreaterThanOrEqual(5);
    }
  });

  it("has the four Handlungsfelder of the LaS NRW", async () => {
    const names = await db.handlungsfeld.findMany({ orderBy: { position: "asc" }, select: { name: true } });
    expect(names.map((n) => n.name)).toEqual([
      "Soziale Teilhabe und bürgerschaftliches Engagement",
      "Wohnen, Wohnumfeld, Quartier",
      "Gesundheit, Vorsorge, Pflege",
      "Begegnung und soziale Inklusion",
    ]);
  });

  it("matches the documents' contacts (reviewer spot checks)", async () => {
    const lotsen = await db.contact.findFirst({ where: { offer: { name: { contains: "plus_lotsen" } }, name: "Heike Hirsch" } });
    expect(lotsen?.phone).toBe("0211-89-93577");
    const hausbesuch = await db.offer.findFirst({
      where: { name: "Leipziger Hausbesuch" },
      select: { email: true, contacts: { select: { email: true } } },
    });
    expect([hausbesuch?.email, ...(hausbesuch?.contacts.map((c) => c.email) ?? [])]).toContain("hausbesuche@leipzig.de");
    const essen = await db.contact.findFirst({ where: { offer: { name: "Zentren 60plus" }, name: "Andrea Bonhagen" } });
    expect(essen).not.toBeNull();
    const ranken = await db.contact.count({ where: { email: { contains: "-hohn@" } } });
    expect(ranken).toBe(0);
  });

  it("records the city-level site counts", async () => {
    const counts = await db.citySiteCount.findMany({ select: { count: true, label: true, city: { select: { slug: true } } } });
    const find = (slug: string, pattern: RegExp) => counts.find((c) => c.city.slug === slug && pattern.test(c.label));
    expect(find("duesseldorf", /zentren plus/i)?.count).toBe(32);
    expect(find("duisburg", /BBZ|Begegnungs/i)?.count).toBe(23);
    expect(find("essen", /60plus/i)?.count).toBe(12);
  });
});

describe("public data layer", () => {
  it("lists cities with their number of published offers that have not ended", async () => {
    const cities = await listCitiesWithOfferCounts();
    const duesseldorf = cities.find((c) => c.slug === "duesseldorf");
    const where = { city: { slug: "duesseldorf" }, status: "PUBLISHED" } as const;
    const ended = await db.offer.count({ where: { ...where, validUntil: { lt: new Date() } } });
    expect(ended).toBe(3);
    expect(duesseldorf?.offerCount).toBe((await db.offer.count({ where })) - ended);
    expect(cities.map((c) => c.name)).toEqual(cities.map((c) => c.name).sort(new Intl.Collator("de").compare));
  });

  it("never shows a draft offer", async () => {
    const city = await db.city.findUniqueOrThrow({ where: { slug: "essen" }, select: { id: true } });
    const type = await db.offerType.findUniqueOrThrow({ where: { slug: "seniorenbuero" }, select: { id: true } });
    await db.offer.create({
      data: { slug: "draft-only-test", name: "Entwurf", summary: "x", description: "x", typeId: type.id, cityId: city.id, status: "DRAFT" },
    });
    expect(await getOfferBySlug("draft-only-test", "de")).toBeNull();
    expect((await getCityBySlug("essen", "de"))?.offers.some((o) => o.slug === "draft-only-test")).toBe(false);
    await db.offer.delete({ where: { slug: "draft-only-test" } });
  });

  it("returns an offer with all its fields", async () => {
    const slug = (await db.offer.findFirstOrThrow({ where: { name: { contains: "plus_lotsen" } }, select: { slug: true } })).slug;
    const offer = await getOfferBySlug(slug, "de");
    expect(offer?.city.slug).toBe("duesseldorf");
    expect(offer?.contacts.some((c) => c.name === "Heike Hirsch" && c.phone === "0211-89-93577")).toBe(true);
    expect(offer?.handlungsfelder.length).toBeGreaterThan(0);
    expect(offer?.sourceDocument).toBe("001_e3ff7fac7f41ba9f.txt");
  });

  it("stores dialable numbers, adding the city's area code where the document printed none", async () => {
    const hotline = await db.offer.findUniqueOrThrow({
      where: { slug: "duesseldorf-seniorenberatung" },
      select: { phone: true, phoneDialable: true, phoneAreaCodeAdded: true },
    });
    expect(hotline).toEqual({ phone: "899 899 9", phoneDialable: "+492118998999", phoneAreaCodeAdded: true });
    const contact = await db.contact.findFirstOrThrow({
      where: { phone: "0211-89-92087" },
      select: { phoneDialable: true, phoneAreaCodeAdded: true },
    });
    expect(contact).toEqual({ phoneDialable: "+492118992087", phoneAreaCodeAdded: false });
  });

  it("gives every district of the 14 profile cities its Stadtteile and names the first contact", async () => {
    const districts = await db.district.findMany({ where: { city: { slug: { in: bigCities } } }, select: { stadtteile: true } });
    expect(districts.length).toBeGreaterThan(150);
    expect(districts.filter((d) => d.stadtteile.length === 0)).toEqual([]);
    const bilk = await db.district.findFirstOrThrow({
      where: { city: { slug: "duesseldorf" }, stadtteile: { has: "Bilk" } },
      select: { slug: true },
    });
    expect(bilk.slug).toBe("stadtbezirk-3");
    const city = await db.city.findUniqueOrThrow({ where: { slug: "duesseldorf" }, select: { firstContact: { select: { slug: true } } } });
    expect(city.firstContact?.slug).toBe("duesseldorf-seniorenberatung");
  });
});
