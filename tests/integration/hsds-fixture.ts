import { randomBytes } from "node:crypto";
import type { DatabaseClient } from "@/lib/database/client";

// Rows of the HSDS tests' own (unique tag), on top of the seed data: an offer with every
// kind of related record, a draft that must never appear, and a second offer of the same
// provider without an address.
export type HsdsFixture = {
  tag: string;
  cityId: string;
  providerId: string;
  offerId: string;
  secondOfferId: string;
  draftId: string;
  handlungsfeldId: string;
  targetGroupId: string;
  cleanUp: () => Promise<void>;
};

export async function createHsdsFixture(db: DatabaseClient): Promise<HsdsFixture> {
  const tag = randomBytes(3).toString("hex");
  const city = await db.city.create({ data: { slug: `hsds-${tag}`, name: `Offenstadt ${tag}`, bundesland: "Sachsen" } });
  const district = await db.district.create({ data: { cityId: city.id, slug: "mitte", name: `Mitte ${tag}` } });
  const type = await db.offerType.create({ data: { slug: `hsds-typ-${tag}`, name: `Typ ${tag}` } });
  const feld = await db.handlungsfeld.create({
    data: { slug: `hsds-feld-${tag}`, name: `Feld ${tag}`, translations: { en: { name: `Field ${tag}`, reviewed: false } } },
  });
  const group = await db.targetGroup.create({ data: { slug: `hsds-gruppe-${tag}`, name: `Gruppe ${tag}` } });
  const feature = await db.accessibilityFeature.create({ data: { slug: `hsds-rampe-${tag}`, name: `Rampe ${tag}` } });
  const provider = await db.provider.create({
    data: { slug: `hsds-traeger-${tag}`, name: `Träger ${tag}`, kind: "VEREIN", website: "https://example.org/traeger", cityId: city.id },
  });
  const base = { cityId: city.id, typeId: type.id, providerId: provider.id, description: "Beschreibung des Testangebots." };
  const offer = await db.offer.create({
    data: {
      ...base,
      slug: `hsds-offer-${tag}`,
      name: `Treffpunkt ${tag}`,
      summary: "Offener Treff.",
      status: "PUBLISHED",
      street: "Teststraße 5",
      postcode: "01067",
      locality: `Offenstadt ${tag}`,
      latitude: 51.05,
      longitude: 13.74,
      phone: "0351 111111",
      email: "treff@example.org",
      website: "https://example.org/treff",
      languages: ["de", "ar"],
      freeOfCharge: true,
      lastVerifiedAt: new Date("2025-02-03"),
      districts: { create: { districtId: district.id } },
      handlungsfelder: { create: { handlungsfeldId: feld.id } },
      targetGroups: { create: { targetGroupId: group.id } },
      accessibility: { create: { featureId: feature.id } },
      contacts: {
        create: [
          {
            position: 1,
            name: "Erika Offen",
            role: "Leitung",
            phone: "0351 222222",
            email: "erika@example.org",
            street: "Amtsweg 1",
            postcode: "01069",
            locality: "Offenstadt",
          },
          { position: 2, department: "Sekretariat", phone: "0351 333333" },
        ],
      },
      openingHours: {
        create: [
          { weekday: 1, opens: "09:00", closes: "12:00" },
          { weekday: 3, opens: "14:00", closes: "18:00", note: "nur mit Termin" },
        ],
      },
      translations: { create: { locale: "en", name: `Meeting point ${tag}`, summary: "Open meeting place." } },
    },
  });
  const second = await db.offer.create({
    data: {
      ...base,
      slug: `hsds-second-${tag}`,
      name: `Besuchsdienst ${tag}`,
      summary: "Besuche.",
      status: "PUBLISHED",
      servesWholeCity: true,
    },
  });
  const draft = await db.offer.create({
    data: { ...base, slug: `hsds-draft-${tag}`, name: `Entwurf ${tag}`, summary: "Entwurf.", status: "DRAFT" },
  });
  return {
    tag,
    cityId: city.id,
    providerId: provider.id,
    offerId: offer.id,
    secondOfferId: second.id,
    draftId: draft.id,
    handlungsfeldId: feld.id,
    targetGroupId: group.id,
    cleanUp: async () => {
      await db.offer.deleteMany({ where: { cityId: city.id } });
      await db.provider.delete({ where: { id: provider.id } });
      await db.city.delete({ where: { id: city.id } });
      await db.offerType.delete({ where: { id: type.id } });
      await db.handlungsfeld.delete({ where: { id: feld.id } });
      await db.targetGroup.delete({ where: { id: group.id } });
      await db.accessibilityFeature.delete({ where: { id: feature.id } });
    },
  };
}
