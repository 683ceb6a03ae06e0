import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { loadSeedTranslations } from "@/lib/seed/load-translations";
import type { SeedData } from "@/lib/seed/read-files";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import type { SeedLocaleTranslations } from "@/lib/seed/read-translations";
import { ensureSeedData } from "./ensure-seed";

const db = createPrismaClient(inject("databaseUrl"));
// One offer and locale no other test file reads.
const slug = "vrees-wir-fuer-euch-altwerden-in-vrees";
const locale = "pl";
let seed: SeedData;
let polish: SeedLocaleTranslations;
let offerId: string;

beforeAll(async () => {
  seed = await ensureSeedData(db);
  polish = (await readSeedTranslations()).find((t) => t.locale === locale)!;
  offerId = (await db.offer.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}, 120_000);
afterAll(async () => {
  await db.offerTranslation.deleteMany({ where: { offerId, locale } });
  await db.$disconnect();
});

const fileEntry = () => polish.cities.find((c) => c.city === "vrees")!.offers[slug]!;

async function setRow(row: { summary: string; sourceFingerprint: string; edited: boolean; reviewed: boolean }) {
  const createdAt = new Date("2026-01-01T00:00:00Z");
  const updatedAt = row.edited ? new Date("2026-02-01T00:00:00Z") : createdAt;
  const data = { summary: row.summary, sourceFingerprint: row.sourceFingerprint, reviewed: row.reviewed, createdAt, updatedAt };
  await db.offerTranslation.upsert({
    where: { offerId_locale: { offerId, locale } },
    create: { offerId, locale, name: fileEntry().name, ...data },
    update: data,
  });
}

const storedSummary = async () =>
  (await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId, locale } }, select: { summary: true } })).summary;

describe("loading the seed translations again", () => {
  it("replaces an outdated machine translation no person has touched", async () => {
    await setRow({ summary: "Stara wersja", sourceFingerprint: "old", edited: false, reviewed: false });
    await loadSeedTranslations(db, [polish], seed);
    expect(await storedSummary()).toBe(fileEntry().summary);
  });

  it("never overwrites a translation a person edited or reviewed", async () => {
    await setRow({ summary: "Poprawione przez redakcję", sourceFingerprint: "old", edited: true, reviewed: false });
    await loadSeedTranslations(db, [polish], seed);
    expect(await storedSummary()).toBe("Poprawione przez redakcję");

    await setRow({ summary: "Sprawdzone", sourceFingerprint: "old", edited: false, reviewed: true });
    await loadSeedTranslations(db, [polish], seed);
    expect(await storedSummary()).toBe("Sprawdzone");
  });

  it("writes no seed translation for an offer whose German staff have changed since", async () => {
    const { summary } = await db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { summary: true } });
    await db.offer.update({ where: { id: offerId }, data: { summary: `${summary} Neu: dienstags geöffnet.` } });
    try {
      await setRow({ summary: "Stara wersja", sourceFingerprint: "old", edited: false, reviewed: false });
      await loadSeedTranslations(db, [polish], seed);
      expect(await storedSummary()).toBe("Stara wersja");
    } finally {
      await db.offer.update({ where: { id: offerId }, data: { summary } });
    }
  });

  it("does not load a translation made from German that has changed since", async () => {
    await setRow({ summary: "Stara wersja", sourceFingerprint: "old", edited: false, reviewed: false });
    const stale: SeedLocaleTranslations = {
      ...polish,
      cities: polish.cities.map((c) =>
        c.city === "vrees" ? { ...c, offers: { [slug]: { ...fileEntry(), source: "000000000000", summary: "Nieaktualne" } } } : c,
      ),
    };
    await loadSeedTranslations(db, [stale], seed);
    expect(await storedSummary()).toBe("Stara wersja");
  });
});
