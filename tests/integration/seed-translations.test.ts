import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { loadSeedTranslations } from "@/lib/seed/load-translations";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import { readSeedData } from "@/lib/seed/read-files";
import type { SeedLocaleTranslations } from "@/lib/seed/read-translations";

const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
afterAll(() => db.$disconnect());

describe("seed translations", () => {
  it("are valid files", async () => {
    await expect(readSeedTranslations()).resolves.toBeInstanceOf(Array);
  });

  it("are added as unreviewed, once, and never overwrite an existing translation", async () => {
    const seed = await readSeedData();
    const city = await db.city.create({ data: { slug: `tr-city-${tag}`, name: "X", bundesland: "Y" } });
    const type = await db.offerType.create({ data: { slug: `tr-type-${tag}`, name: "Seniorenbüro" } });
    const offer = await db.offer.create({
      data: { slug: `tr-offer-${tag}`, name: "Treff", summary: "Kurz", description: "Lang", typeId: type.id, cityId: city.id },
    });
    const file: SeedLocaleTranslations = {
      locale: "en",
      taxonomy: {
        locale: "en",
        note: "test",
        offerTypes: { [type.slug]: { name: "Senior office" } },
        handlungsfelder: {},
        targetGroups: {},
        accessibilityFeatures: {},
      },
      cities: [
        {
          locale: "en",
          city: city.slug,
          note: "test",
          offers: { [offer.slug]: { source: "0123456789ab", name: "Meeting place", summary: "Short", description: "Long", roles: {} } },
        },
      ],
    };
    expect(await loadSeedTranslations(db, [file], seed)).toBe(2);
    expect((await db.offerType.findUniqueOrThrow({ where: { id: type.id } })).translations).toEqual({
      en: { name: "Senior office", reviewed: false },
    });
    const row = await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId: offer.id, locale: "en" } } });
    expect(row).toMatchObject({
      name: "Meeting place",
      summary: "Short",
      description: "Long",
      sourceFingerprint: "0123456789ab",
      reviewed: false,
    });

    await db.offerTranslation.update({ where: { id: row.id }, data: { summary: "Reviewed text", reviewed: true } });
    await db.offerType.update({ where: { id: type.id }, data: { translations: { en: { name: "Seniors' office", reviewed: true } } } });
    expect(await loadSeedTranslations(db, [file], seed)).toBe(0);
    expect((await db.offerTranslation.findUniqueOrThrow({ where: { id: row.id } })).summary).toBe("Reviewed text");
    expect((await db.offerType.findUniqueOrThrow({ where: { id: type.id } })).translations).toEqual({
      en: { name: "Seniors' office", reviewed: true },
    });

    await db.offer.delete({ where: { id: offer.id } });
    await db.offerType.delete({ where: { id: type.id } });
    await db.city.delete({ where: { id: city.id } });
  });
});
