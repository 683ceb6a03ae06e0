import type { DatabaseClient } from "@/lib/database/client";
import type { SeedData } from "./read-files";
import type { SeedCityFile, SeedOffer } from "./schema";
import { stableId } from "@/lib/ids/stable-id";
import { toDialableColumns } from "@/lib/phone/dialable";
import { toPeriodColumns } from "@/lib/directory/period";

export type SeedResult = { cities: number; districts: number; providers: number; offers: number; contacts: number };

// The number as printed stays; the dialable form is what tel: links and vCards use.

function offerRows(file: SeedCityFile, offer: SeedOffer, ids: { type: Map<string, string> }) {
  const cityId = stableId("city", file.city.slug);
  return {
    id: stableId("offer", offer.slug),
    slug: offer.slug,
    name: offer.name,
    summary: offer.summary,
    description: offer.description,
    typeId: ids.type.get(offer.type)!,
    cityId,
    providerId: offer.provider ? stableId("provider", `${file.city.slug}/${offer.provider}`) : null,
    servesWholeCity: offer.wholeCity,
    street: offer.address?.street ?? null,
    postcode: offer.address?.postcode ?? null,
    locality: offer.address?.locality ?? null,
    phone: offer.phone,
    ...toDialableColumns(offer.phone, file.city.areaCode),
    ...toPeriodColumns(offer.period?.from ?? null, offer.period?.until ?? null),
    email: offer.email,
    website: offer.website,
    languages: offer.languages,
    freeOfCharge: offer.freeOfCharge,
    costNote: offer.costNote,
    status: "PUBLISHED" as const,
    sourceDocument: offer.sourceDocument,
    sourceSection: offer.sourceSection,
    publishedAt: new Date(),
  };
}

// Loads validated seed data into an empty database in one transaction: either
// everything is there afterwards or nothing is.
export async function loadSeedData(db: DatabaseClient, data: SeedData): Promise<SeedResult> {
  const { taxonomy, cities, stadtteile } = data;
  const termId = (kind: string) => (slug: string) => stableId(kind, slug);
  const ids = { type: new Map(taxonomy.offerTypes.map((t) => [t.slug, termId("offer-type")(t.slug)])) };
  const result: SeedResult = { cities: 0, districts: 0, providers: 0, offers: 0, contacts: 0 };

  await db.$transaction(
    async (tx) => {
      const terms = <T extends { slug: string; name: string; description?: string | null; position?: number }>(kind: string, list: T[]) =>
        list.map((t, index) => ({
          id: stableId(kind, t.slug),
          slug: t.slug,
          name: t.name,
          description: t.description ?? null,
          position: t.position ?? index + 1,
        }));
      await tx.handlungsfeld.createMany({ data: terms("handlungsfeld", taxonomy.handlungsfelder) });
      await tx.offerType.createMany({ data: terms("offer-type", taxonomy.offerTypes) });
      await tx.targetGroup.createMany({ data: terms("target-group", taxonomy.targetGroups) });
      await tx.accessibilityFeature.createMany({ data: terms("accessibility", taxonomy.accessibilityFeatures) });

      for (const file of cities) {
        const { city } = file;
        const cityId = stableId("city", city.slug);
        const subdivision = stadtteile.find((s) => s.city === city.slug);
        await tx.city.create({
          data: {
            id: cityId,
            slug: city.slug,
            name: city.name,
            bundesland: city.bundesland,
            steering: city.organisation.steering,
            delivery: city.organisation.delivery,
            cooperation: city.organisation.cooperation,
            goals: city.organisation.goals,
            fundingPriorities: city.organisation.fundingPriorities,
            districtKind: city.districtKind,
            districtsSource: city.districtsSource,
            sourceDocument: city.sourceDocument,
            sourceSection: city.sourceSection,
            areaCode: city.areaCode ?? null,
            stadtteileKind: subdivision?.kind ?? null,
            stadtteileSource: subdivision?.source ?? null,
          },
        });
        await tx.district.createMany({
          data: city.districts.map((d, index) => ({
            id: stableId("district", `${city.slug}/${d.slug}`),
            cityId,
            slug: d.slug,
            name: d.name,
            kind: city.districtKind,
            position: index + 1,
            stadtteile: subdivision?.districts[d.slug] ?? [],
          })),
        });
        await tx.citySiteCount.createMany({
          data: city.siteCounts.map((c, index) => ({
            cityId,
            offerTypeId: c.offerType ? ids.type.get(c.offerType)! : null,
            label: c.label,
            count: c.count,
            sourceDocument: city.sourceDocument,
            position: index + 1,
          })),
        });
        await tx.provider.createMany({
          data: file.providers.map((p) => ({
            id: stableId("provider", `${city.slug}/${p.slug}`),
            slug: `${city.slug}-${p.slug}`.slice(0, 120),
            name: p.name,
            kind: p.kind,
            umbrella: p.umbrella,
            website: p.website,
            cityId,
          })),
        });
        for (const offer of file.offers) {
          const offerId = stableId("offer", offer.slug);
          await tx.offer.create({ data: offerRows(file, offer, ids) });
          await tx.offerDistrict.createMany({
            data: offer.districts.map((d) => ({ offerId, districtId: stableId("district", `${city.slug}/${d}`) })),
          });
          await tx.offerHandlungsfeld.createMany({
            data: offer.handlungsfelder.map((h) => ({ offerId, handlungsfeldId: stableId("handlungsfeld", h) })),
          });
          await tx.offerTargetGroup.createMany({
            data: offer.targetGroups.map((g) => ({ offerId, targetGroupId: stableId("target-group", g) })),
          });
          await tx.offerAccessibility.createMany({
            data: offer.accessibility.map((a) => ({ offerId, featureId: stableId("accessibility", a) })),
          });
          await tx.offerPartner.createMany({
            data: (offer.partners ?? []).map((partner, index) => ({
              offerId,
              providerId: stableId("provider", `${city.slug}/${partner}`),
              position: index + 1,
            })),
          });
          await tx.contact.createMany({
            data: offer.contacts.map((c, index) => ({
              id: stableId("contact", `${offer.slug}/${index}`),
              offerId,
              position: index + 1,
              ...c,
              ...toDialableColumns(c.phone, city.areaCode),
            })),
          });
          result.offers += 1;
          result.contacts += offer.contacts.length;
        }
        if (city.firstContact) {
          await tx.city.update({ where: { id: cityId }, data: { firstContactOfferId: stableId("offer", city.firstContact) } });
        }
        result.cities += 1;
        result.districts += city.districts.length;
        result.providers += file.providers.length;
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return result;
}

export async function isDatabaseEmpty(db: DatabaseClient): Promise<boolean> {
  return (await db.city.count()) === 0;
}
