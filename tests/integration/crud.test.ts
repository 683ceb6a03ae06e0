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

  it("User with its scopes, Session, LoginAttempt, PasswordToken, AuditEntry and Revision", async () => {
    const city = await db.city.create({ data: { slug: `crud-admin-city-${tag}`, name: "Teststadt", bundesland: "Hessen" } });
    const provider = await db.provider.create({ data: { slug: `crud-admin-provider-${tag}`, name: "Träger" } });
    const user = await db.user.create({
      data: {
        email: `crud-${tag}@example.org`,
        role: "CITY_EDITOR",
        passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        cities: { create: { cityId: city.id } },
        providers: { create: { providerId: provider.id } },
      },
    });
    // Hashes are omitted from results unless selected (lib/database/client.ts).
    expect(user).not.toHaveProperty("passwordHash");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash).toMatch(
      /^\$argon2id\$/,
    );
    await db.user.update({ where: { id: user.id }, data: { disabled: true, name: "Erika" } });
    await expect(db.user.create({ data: { email: `CRUD-${tag}@example.org`, role: "ADMIN" } })).rejects.toThrow();

    const session = await db.session.create({
      data: { userId: user.id, tokenHash: "a".repeat(64), expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(session).not.toHaveProperty("tokenHash");
    await db.session.update({ where: { id: session.id }, data: { renewedAt: new Date() } });
    await expect(db.session.create({ data: { userId: user.id, tokenHash: "kein-hash", expiresAt: new Date() } })).rejects.toThrow();

    const attempt = await db.loginAttempt.create({ data: { email: user.email, ip: "192.0.2.1", succeeded: false } });
    await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
    const token = await db.passwordToken.create({ data: { userId: user.id, tokenHash: "b".repeat(64), expiresAt: new Date() } });
    await db.passwordToken.update({ where: { id: token.id }, data: { usedAt: new Date() } });
    const entry = await db.auditEntry.create({
      data: {
        actorId: user.id,
        actorEmail: user.email,
        action: "offer.update",
        entityType: "offer",
        entityId: city.id,
        before: { a: 1 },
        after: { a: 2 },
        ip: "192.0.2.1",
      },
    });
    const revision = await db.revision.create({
      data: { entityType: "offer", entityId: city.id, baseVersion: 1, before: { a: 1 }, after: { a: 2 }, authorId: user.id },
    });
    await db.revision.update({
      where: { id: revision.id },
      data: { status: "APPROVED", reviewerId: user.id, reviewedAt: new Date(), comment: "ok" },
    });
    const read = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: {
        cities: true,
        providers: true,
        sessions: true,
        passwordTokens: true,
        auditEntries: true,
        authoredRevisions: true,
        reviewedRevisions: true,
      },
    });
    expect(
      [
        read.cities,
        read.providers,
        read.sessions,
        read.passwordTokens,
        read.auditEntries,
        read.authoredRevisions,
        read.reviewedRevisions,
      ].map((l) => l.length),
    ).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(read).toMatchObject({ disabled: true, name: "Erika" });

    // Deleting the account keeps the audit entry and the revision, without the link.
    await db.user.delete({ where: { id: user.id } });
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ actorId: null, actorEmail: user.email });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      authorId: null,
      reviewerId: null,
      status: "APPROVED",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await db.auditEntry.delete({ where: { id: entry.id } });
    await db.revision.delete({ where: { id: revision.id } });
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    await db.provider.delete({ where: { id: provider.id } });
    await db.city.delete({ where: { id: city.id } });
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
