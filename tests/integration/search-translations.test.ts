import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { getCityBySlug, getDistrictPage, getOfferBySlug } from "@/lib/directory/data";
import type { Locale } from "@/lib/i18n/routing";
import { listReferralOffers } from "@/lib/referral/data";
import { searchOffers } from "@/lib/search/data";
import { emptySearchParams } from "@/lib/search/schema";
import type { SearchParams } from "@/lib/search/schema";

// Every search is limited to this file's own city, so the results do not depend on
// whatever other test files have put into the shared database.
const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
const citySlug = `sprachstadt-${tag}`;
const ids: Record<string, string> = {};
const now = new Date("2026-03-03T11:00:00Z");

async function search(locale: Locale, overrides: Partial<SearchParams>) {
  return searchOffers({ ...emptySearchParams(), stadt: citySlug, ...overrides }, { now, locale });
}
async function slugsFound(locale: Locale, q: string) {
  return (await search(locale, { q })).items.map((i) => i.slug);
}

beforeAll(async () => {
  const city = await db.city.create({
    data: {
      slug: citySlug,
      name: `Sprachstadt ${tag}`,
      bundesland: "Bremen",
      goals: "Teilhabe im Quartier.",
      steering: "Das Sozialamt steuert.",
      translations: { en: { goals: "Participation in the neighbourhood.", reviewed: true } },
      districts: { create: { slug: "mitte", name: "Mitte", position: 1 } },
    },
  });
  ids.city = city.id;
  ids.type = (
    await db.offerType.create({
      data: {
        slug: `sprachtyp-${tag}`,
        name: "Begegnungsort",
        translations: { en: { name: "Meeting place", reviewed: true }, tr: { name: "Buluşma yeri", reviewed: false } },
      },
    })
  ).id;
  const base = { cityId: city.id, typeId: ids.type, status: "PUBLISHED" as const, servesWholeCity: true };
  const treff = await db.offer.create({
    data: {
      ...base,
      slug: `erzaehlcafe-${tag}`,
      name: "Erzählcafé am Deich",
      summary: "Wir trinken Kaffee und erzählen Geschichten.",
      description: "Jeden Dienstag im Gemeindehaus.",
      languages: ["de", "tr"],
      translations: {
        create: [
          { locale: "en", summary: "Coffee and storytelling for neighbours.", reviewed: false },
          { locale: "tr", name: "Dijk Sohbet Kahvesi", summary: "Kahve içiyor ve anılarımızı paylaşıyoruz.", reviewed: true },
        ],
      },
    },
  });
  ids.treff = treff.id;
  await db.offer.create({
    data: { ...base, slug: `gymnastik-${tag}`, name: "Sitzgymnastik", summary: "Bewegung im Sitzen.", description: "Für alle." },
  });
});

afterAll(async () => {
  await db.offer.deleteMany({ where: { cityId: ids.city } });
  await db.city.delete({ where: { id: ids.city } });
  await db.offerType.delete({ where: { id: ids.type } });
  await db.$disconnect();
});

describe("search across languages", () => {
  it("finds an offer by its English summary for English readers, and shows the translation", async () => {
    expect(await slugsFound("en", "storytelling")).toEqual([`erzaehlcafe-${tag}`]);
    // Prefixes: a reader types the start of a word.
    expect(await slugsFound("en", "neighb")).toEqual([`erzaehlcafe-${tag}`]);
    const [item] = (await search("en", { q: "Coffee storytelling" })).items;
    expect(item!.summary).toEqual({ text: "Coffee and storytelling for neighbours.", lang: "en", reviewed: false });
    expect(item!.name).toEqual({ text: "Erzählcafé am Deich", lang: "de", reviewed: true });
    expect(item!.type.name).toEqual({ text: "Meeting place", lang: "en", reviewed: true });
  });

  it("finds an offer by its Turkish name and summary, with Turkish letters folded", async () => {
    expect(await slugsFound("tr", "anılarımızı")).toEqual([`erzaehlcafe-${tag}`]);
    expect(await slugsFound("tr", "anilarimizi")).toEqual([`erzaehlcafe-${tag}`]);
    expect(await slugsFound("tr", "sohbet kahve")).toEqual([`erzaehlcafe-${tag}`]);
    // The translated type name and an untranslated proper name in one query.
    expect(await slugsFound("tr", "buluşma Deich")).toEqual([`erzaehlcafe-${tag}`]);
  });

  it("searches only the reader's own translations", async () => {
    expect(await slugsFound("de", "storytelling")).toEqual([]);
    expect(await slugsFound("tr", "storytelling")).toEqual([]);
    expect(await slugsFound("en", "anılarımızı")).toEqual([]);
  });

  it("keeps German matching (stemming, typos) for every reader", async () => {
    for (const locale of ["de", "en", "tr"] as const) {
      expect(await slugsFound(locale, "Geschichte")).toEqual([`erzaehlcafe-${tag}`]);
      expect(await slugsFound(locale, "Sitzgymnastk")).toEqual([`gymnastik-${tag}`]);
    }
  });

  it("refreshes the translation documents when the offer's own words change", async () => {
    await db.offer.update({ where: { id: ids.treff }, data: { name: "Erzählcafé am Weserufer" } });
    try {
      expect(await slugsFound("en", "Weserufer storytelling")).toEqual([`erzaehlcafe-${tag}`]);
    } finally {
      await db.offer.update({ where: { id: ids.treff }, data: { name: "Erzählcafé am Deich" } });
    }
  });

  it("labels filters in the reader's language and counts 'counselling in my language'", async () => {
    const result = await search("tr", {});
    expect(result.facets.art.map((o) => o.label)).toEqual([{ text: "Buluşma yeri", lang: "tr", reviewed: false }]);
    expect(result.facets.sprache.find((o) => o.value === "tr")).toMatchObject({ count: 1, label: { text: "Türkçe", lang: "tr" } });
    const filtered = await search("tr", { sprache: ["tr"] });
    expect(filtered.items.map((i) => i.name.text)).toEqual(["Dijk Sohbet Kahvesi"]);
  });
});

describe("public pages in the reader's language", () => {
  it("shows an offer's translation where it exists and German, marked as German, where it does not", async () => {
    const en = await getOfferBySlug(`erzaehlcafe-${tag}`, "en");
    expect(en!.summary).toEqual({ text: "Coffee and storytelling for neighbours.", lang: "en", reviewed: false });
    expect(en!.description).toEqual({ text: "Jeden Dienstag im Gemeindehaus.", lang: "de", reviewed: true });
    expect(en!.type.name.text).toBe("Meeting place");
    const ar = await getOfferBySlug(`erzaehlcafe-${tag}`, "ar");
    expect(ar!.summary).toEqual({ text: "Wir trinken Kaffee und erzählen Geschichten.", lang: "de", reviewed: true });
    expect(ar!.type.name).toEqual({ text: "Begegnungsort", lang: "de", reviewed: true });
  });

  it("translates the city's texts and lists its offers by their shown names", async () => {
    const city = await getCityBySlug(citySlug, "tr");
    expect(city!.offers.map((o) => o.name.text)).toEqual(["Dijk Sohbet Kahvesi", "Sitzgymnastik"]);
    const en = await getCityBySlug(citySlug, "en");
    expect(en!.goals).toEqual({ text: "Participation in the neighbourhood.", lang: "en", reviewed: true });
    expect(en!.steering).toEqual({ text: "Das Sozialamt steuert.", lang: "de", reviewed: true });
    const district = await getDistrictPage(citySlug, "mitte", "tr");
    expect(district!.offers.map((o) => o.summary.lang)).toEqual(["tr", "de"]);
  });

  it("puts the reader's language on the Merkliste", async () => {
    const [offer] = await listReferralOffers([`erzaehlcafe-${tag}`], "tr");
    expect(offer!.name).toEqual({ text: "Dijk Sohbet Kahvesi", lang: "tr", reviewed: true });
    expect(offer!.typeName).toEqual({ text: "Buluşma yeri", lang: "tr", reviewed: false });
  });
});
