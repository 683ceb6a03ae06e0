import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";

// Create, read, update and delete every model through the Prisma client against
// the SQL-migrated database: proves schema.prisma and the migrations agree in use.
const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
afterAll(() => db.$disconnect());

describe("every model round-trips through Prisma", () => {
  it("City, District, CitySiteCount, Provider and the taxonomies", async () => {
    const city = await db.city.create({
      data: {
        slug: `crud-city-${tag}`,
        name: "Teststadt",
        bundesland: "Nordrhein-Westfalen",
        cooperation: ["Seniorenbeirat"],
        fundingPriorities: ["Begegnung"],
        translations: { en: { name: "Test town", reviewed: false } },
      },
    });
    expect((await db.city.findUniqueOrThrow({ where: { id: city.id } })).cooperation).toEqual(["Seniorenbeirat"]);
    await db.city.update({ where: { id: city.id }, data: { goals: "Teilhabe" } });

    const district = await db.district.create({ data: { cityId: city.id, slug: "mitte", name: "Mitte" } });
    await db.district.update({ where: { id: district.id }, data: { name: "Stadtbezirk Mitte" } });
    expect((await db.district.findUniqueOrThrow({ where: { id: district.id } })).name).toBe("Stadtbezirk Mitte");

    const type = await db.offerType.create({ data: { slug: `crud-type-${tag}`, name: "Testtyp" } });
    const count = await db.citySiteCount.create({ data: { cityId: city.id, offerTypeId: type.id, label: "Begegnungsstätten", count: 33 } });
    await db.citySiteCount.update({ where: { id: count.id }, data: { count: 34 } });
    expect((await db.citySiteCount.findUniqueOrThrow({ where: { id: count.id } })).count).toBe(34);

    const provider = await db.provider.create({
      data: { slug: `crud-provider-${tag}`, name: "AWO Test", kind: "WOHLFAHRTSVERBAND", umbrella: "AWO", cityId: city.id },
    });
    await db.provider.update({ where: { id: provider.id }, data: { version: { increment: 1 } } });
    expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).version).toBe(2);

    const feld = await db.handlungsfeld.create({ data: { slug: `crud-feld-${tag}`, name: "Testfeld" } });
    const group = await db.targetGroup.create({ data: { slug: `crud-group-${tag}`, name: "Testgruppe" } });
    const feature = await db.accessibilityFeature.create({ data: { slug: `crud-feature-${tag}`, name: "Aufzug" } });
    for (const [model, id] of [
      [db.handlungsfeld, feld.id],
      [db.targetGroup, group.id],
      [db.accessibilityFeature, feature.id],
      [db.offerType, type.id],
    ] as const) {
      // @ts-expect-error the four taxonomy delegates share this shape
      await model.update({ where: { id }, data: { translations: { en: { name: "x", reviewed: true } } } });
    }
    expect((await db.targetGroup.findUniqueOrThrow({ where: { id: group.id } })).translations).toEqual({
      en: { name: "x", reviewed: true },
    });

    await db.citySiteCount.delete({ where: { id: count.id } });
    await db.district.delete({ where: { id: district.id } });
    await db.provider.delete({ where: { id: provider.id } });
    await db.handlungsfeld.delete({ where: { id: feld.id } });
    await db.targetGroup.delete({ where: { id: group.id } });
    await db.accessibilityFeature.delete({ where: { id: feature.id } });
    await db.offerType.delete({ where: { id: type.id } });
    await db.city.delete({ where: { id: city.id } });
    expect(await db.city.findUnique({ where: { id: city.id } })).toBeNull();
  });

  it("Offer with its joins, Contact, OpeningHours, ScheduleException and OfferTranslation", async () => {
    const city = await db.city.create({ data: { slug: `crud-offer-city-${tag}`, name: "Teststadt", bundesland: "Bayern" } });
    const district = await db.district.create({ data: { cityId: city.id, slug: "nord", name: "Nord" } });
    const type = await db.offerType.create({ data: { slug: `crud-offer-type-${tag}`, name: "Seniorenbüro" } });
    const feld = await db.handlungsfeld.create({ data: { slug: `crud-offer-feld-${tag}`, name: "Feld" } });
    const group = await db.targetGroup.create({ data: { slug: `crud-offer-group-${tag}`, name: "Gruppe" } });
    const feature = await db.accessibilityFeature.create({ data: { slug: `crud-offer-feature-${tag}`, name: "Rampe" } });

    const offer = await db.offer.create({
      data: {
        slug: `crud-offer-${tag}`,
        name: "Testangebot",
        summary: "Kurz",
        description: "Lang",
        typeId: type.id,
        cityId: city.id,
        latitude: "51.227700",
        longitude: "6.773500",
        languages: ["tr", "ar"],
        status: "PUBLISHED",
        lastVerifiedAt: new Date("2026-01-15"),
        districts: { create: { districtId: district.id } },
        handlungsfelder: { create: { handlungsfeldId: feld.id } },
        targetGroups: { create: { targetGroupId: group.id } },
        accessibility: { create: { featureId: feature.id } },
        contacts: { create: { name: "Erika Muster", phone: "0211 123", email: "erika@example.org", postcode: "40213" } },
        openingHours: { create: { weekday: 1, opens: "09:00", closes: "12:30" } },
        exceptions: { create: { date: new Date("2026-12-24"), closed: true, note: "Heiligabend" } },
        translations: { create: { locale: "en", name: "Test service", reviewed: false } },
      },
    });
    const read = await db.offer.findUniqueOrThrow({
      where: { id: offer.id },
      include: {
        districts: true,
        handlungsfelder: true,
        targetGroups: true,
        accessibility: true,
        contacts: true,
        openingHours: true,
        exceptions: true,
        translations: true,
      },
    });
    expect(read.latitude?.toString()).toBe("51.2277");
    expect(read.languages).toEqual(["tr", "ar"]);
    expect(read.lastVerifiedAt?.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect([read.districts, read.handlungsfelder, read.targetGroups, read.accessibility].map((l) => l.length)).toEqual([1, 1, 1, 1]);
    expect(read.contacts[0]?.name).toBe("Erika Muster");
    expect(read.openingHours[0]).toMatchObject({ weekday: 1, opens: "09:00", closes: "12:30" });
    expect(read.exceptions[0]?.date.toISOString().slice(0, 10)).toBe("2026-12-24");
    expect(read.translations[0]).toMatchObject({ locale: "en", name: "Test service", reviewed: false });

    await db.offer.update({ where: { id: offer.id, version: 1 }, data: { name: "Neu", version: { increment: 1 } } });
    await db.contact.update({ where: { id: read.contacts[0]!.id }, data: { role: "Leitung" } });
    await db.openingHours.update({ where: { id: read.openingHours[0]!.id }, data: { closes: "13:00" } });
    await db.scheduleException.update({ where: { id: read.exceptions[0]!.id }, data: { note: "geschlossen" } });
    await db.offerTranslation.update({ where: { id: read.translations[0]!.id }, data: { reviewed: true, reviewedAt: new Date() } });
    await db.offerDistrict.delete({ where: { offerId_districtId: { offerId: offer.id, districtId: district.id } } });
    await db.offerHandlungsfeld.deleteMany({ where: { offerId: offer.id } });
    await db.offerTargetGroup.deleteMany({ where: { offerId: offer.id } });
    await db.offerAccessibility.deleteMany({ where: { offerId: offer.id } });
    const updated = await db.offer.findUniqueOrThrow({ where: { id: offer.id }, include: { districts: true } });
    expect(updated).toMatchObject({ name: "Neu", version: 2 });
    expect(updated.districts).toEqual([]);
    // A stale version matches no row: the basis of the admin area's conflict detection.
    await expect(db.offer.update({ where: { id: offer.id, version: 1 }, data: { name: "Alt" } })).rejects.toThrow();

    await db.contact.delete({ where: { id: read.contacts[0]!.id } });
    await db.openingHours.delete({ where: { id: read.openingHours[0]!.id } });
    await db.scheduleException.delete({ where: { id: read.exceptions[0]!.id } });
    await db.offerTranslation.delete({ where: { id: read.translations[0]!.id } });
    await db.offer.delete({ where: { id: offer.id } });
    expect(await db.offer.findUnique({ where: { id: offer.id } })).toBeNull();
    await db.city.delete({ where: { id: city.id } });
    await db.offerType.delete({ where: { id: type.id } });
    await Promise.all([
      db.handlungsfeld.delete({ where: { id: feld.id } }),
      db.targetGroup.delete({ where: { id: group.id } }),
      db.accessibilityFeature.delete({ where: { id: feature.id } }),
    ]);
  });

  it("rejects values the database constraints forbid", async () => {
    const city = await db.city.create({ data: { slug: `crud-check-${tag}`, name: "X", bundesland: "Y" } });
    const type = await db.offerType.create({ data: { slug: `crud-check-type-${tag}`, name: "T" } });
    const base = { name: "X", summary: "X", description: "X", typeId: type.id, cityId: city.id };
    await expect(db.offer.create({ data: { ...base, slug: `crud-check-a-${tag}`, postcode: "4021" } })).rejects.toThrow();
    const offer = await db.offer.create({ data: { ...base, slug: `crud-check-b-${tag}` } });
    await expect(db.openingHours.create({ data: { offerId: offer.id, weekday: 8, opens: "09:00", closes: "10:00" } })).rejects.toThrow();
    await expect(db.openingHours.create({ data: { offerId: offer.id, weekday: 1, opens: "9 Uhr", closes: "10:00" } })).rejects.toThrow();
    await db.offer.delete({ where: { id: offer.id } });
    await db.city.delete({ where: { id: city.id } });
    await db.offerType.delete({ where: { id: type.id } });
  });
});
