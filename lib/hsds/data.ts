import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import type { Paging, ServiceFilters } from "./params";
import { serviceAtLocationId } from "./ids";
import type { Counted, OfferRow, ProviderRow, TaxonomyKey, TaxonomyTermRow, TermRow } from "./types";

// Only published offers, and only providers and terms as they are, ever leave this module.
const published = { status: "PUBLISHED" } as const;
const termSelect = { id: true, slug: true, name: true, description: true, translations: true } as const;
const providerSelect = { id: true, name: true, kind: true, umbrella: true, website: true } as const;
// Stable paging: name alone is not unique.
const offerOrder: Prisma.OfferOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];

function offerSelect(locale: Locale) {
  return {
    id: true,
    name: true,
    summary: true,
    description: true,
    servesWholeCity: true,
    validUntil: true,
    street: true,
    postcode: true,
    locality: true,
    latitude: true,
    longitude: true,
    phone: true,
    email: true,
    website: true,
    languages: true,
    freeOfCharge: true,
    costNote: true,
    lastVerifiedAt: true,
    updatedAt: true,
    type: { select: termSelect },
    city: { select: { id: true, name: true, bundesland: true } },
    provider: { select: providerSelect },
    partners: { select: { provider: { select: providerSelect } }, orderBy: { position: "asc" } },
    sourceDocument: true,
    sourceSection: true,
    districts: { select: { district: { select: { id: true, name: true } } }, orderBy: { district: { position: "asc" } } },
    handlungsfelder: { select: { handlungsfeld: { select: termSelect } }, orderBy: { handlungsfeld: { position: "asc" } } },
    targetGroups: { select: { targetGroup: { select: termSelect } }, orderBy: { targetGroup: { position: "asc" } } },
    accessibility: { select: { feature: { select: termSelect } }, orderBy: { feature: { position: "asc" } } },
    contacts: {
      select: {
        id: true,
        name: true,
        role: true,
        department: true,
        phone: true,
        email: true,
        street: true,
        postcode: true,
        locality: true,
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    },
    openingHours: {
      select: { id: true, weekday: true, opens: true, closes: true, note: true },
      orderBy: [{ weekday: "asc" }, { opens: "asc" }, { id: "asc" }],
    },
    translations: { where: { locale }, select: { name: true, summary: true, description: true }, take: 1 },
  } satisfies Prisma.OfferSelect;
}

type RawOffer = Prisma.OfferGetPayload<{ select: ReturnType<typeof offerSelect> }>;

function toOfferRow(raw: RawOffer): OfferRow {
  const { translations, ...offer } = raw;
  return {
    ...offer,
    latitude: offer.latitude?.toNumber() ?? null,
    longitude: offer.longitude?.toNumber() ?? null,
    districts: offer.districts.map((d) => d.district),
    partners: offer.partners.map((p) => p.provider),
    handlungsfelder: offer.handlungsfelder.map((h) => h.handlungsfeld),
    targetGroups: offer.targetGroups.map((t) => t.targetGroup),
    accessibility: offer.accessibility.map((a) => a.feature),
    translation: translations[0] ?? null,
  };
}

function serviceWhere(filters: ServiceFilters, extra: Prisma.OfferWhereInput = {}): Prisma.OfferWhereInput {
  const and: Prisma.OfferWhereInput[] = [published, extra];
  if (filters.search) {
    const contains = { contains: filters.search, mode: "insensitive" as const };
    and.push({
      OR: [
        { name: contains },
        { summary: contains },
        { description: contains },
        { provider: { name: contains } },
        { type: { name: contains } },
        { translations: { some: { OR: [{ name: contains }, { summary: contains }] } } },
      ],
    });
  }
  if (filters.taxonomyTermId) {
    const term = filters.taxonomyTermId;
    and.push({
      OR: [
        { typeId: term },
        { handlungsfelder: { some: { handlungsfeldId: term } } },
        { targetGroups: { some: { targetGroupId: term } } },
        { accessibility: { some: { featureId: term } } },
      ],
    });
  }
  if (filters.organizationId) and.push({ providerId: filters.organizationId });
  if (filters.modifiedAfter) and.push({ updatedAt: { gte: filters.modifiedAfter } });
  if (filters.postcode) and.push({ postcode: filters.postcode });
  return { AND: and };
}

// Offers with a street address are delivered at a place: they get a location and a service_at_location.
const hasLocation: Prisma.OfferWhereInput = { street: { not: null }, postcode: { not: null }, locality: { not: null } };

export async function listOffers(
  filters: ServiceFilters,
  paging: Paging,
  locale: Locale,
  options: { withLocationOnly?: boolean } = {},
): Promise<Counted<OfferRow>> {
  const where = serviceWhere(filters, options.withLocationOnly ? hasLocation : {});
  const [total, rows] = await Promise.all([
    getDb().offer.count({ where }),
    getDb().offer.findMany({
      where,
      select: offerSelect(locale),
      orderBy: offerOrder,
      skip: (paging.page - 1) * paging.perPage,
      take: paging.perPage,
    }),
  ]);
  return { total, rows: rows.map(toOfferRow) };
}

export async function listAllOffers(locale: Locale): Promise<OfferRow[]> {
  const rows = await getDb().offer.findMany({ where: published, select: offerSelect(locale), orderBy: offerOrder });
  return rows.map(toOfferRow);
}

export async function getOffer(id: string, locale: Locale): Promise<OfferRow | null> {
  const row = await getDb().offer.findFirst({ where: { id, ...published }, select: offerSelect(locale) });
  return row ? toOfferRow(row) : null;
}

// service_at_location ids are name-based UUIDs of the offer id, so they cannot be
// reversed: compare against the ids of all published offers that have a place.
export async function getOfferByServiceAtLocationId(id: string, locale: Locale): Promise<OfferRow | null> {
  const candidates = await getDb().offer.findMany({ where: { ...published, ...hasLocation }, select: { id: true } });
  const match = candidates.find((c) => serviceAtLocationId(c.id) === id);
  return match ? getOffer(match.id, locale) : null;
}

// Organizations are the providers of at least one published offer.
const providerWithPublished: Prisma.ProviderWhereInput = {
  OR: [{ offers: { some: published } }, { partnerOf: { some: { offer: published } } }],
};

export async function listProviders(search: string | null, paging: Paging): Promise<Counted<ProviderRow>> {
  const where: Prisma.ProviderWhereInput = search
    ? { ...providerWithPublished, name: { contains: search, mode: "insensitive" } }
    : providerWithPublished;
  const [total, rows] = await Promise.all([
    getDb().provider.count({ where }),
    getDb().provider.findMany({
      where,
      select: providerSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (paging.page - 1) * paging.perPage,
      take: paging.perPage,
    }),
  ]);
  return { total, rows };
}

export async function listAllProviders(): Promise<ProviderRow[]> {
  return getDb().provider.findMany({ where: providerWithPublished, select: providerSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function getProvider(id: string): Promise<ProviderRow | null> {
  return getDb().provider.findFirst({ where: { id, ...providerWithPublished }, select: providerSelect });
}

export async function listProviderOffers(providerId: string, locale: Locale): Promise<OfferRow[]> {
  const rows = await getDb().offer.findMany({
    where: { ...published, providerId },
    select: offerSelect(locale),
    orderBy: offerOrder,
  });
  return rows.map(toOfferRow);
}

export async function listTaxonomyTerms(): Promise<TaxonomyTermRow[]> {
  const order = { position: "asc" } as const;
  const db = getDb();
  const [types, fields, groups, features] = await Promise.all([
    db.offerType.findMany({ select: termSelect, orderBy: order }),
    db.handlungsfeld.findMany({ select: termSelect, orderBy: order }),
    db.targetGroup.findMany({ select: termSelect, orderBy: order }),
    db.accessibilityFeature.findMany({ select: termSelect, orderBy: order }),
  ]);
  const tag = (taxonomy: TaxonomyKey) => (row: TermRow) => ({ ...row, taxonomy });
  return [
    ...types.map(tag("offer-type")),
    ...fields.map(tag("handlungsfeld")),
    ...groups.map(tag("target-group")),
    ...features.map(tag("accessibility")),
  ];
}

// The newest change to anything the API publishes. Deletions do not move it, which is
// why responses also carry an ETag of their exact content (preferred by clients and by us).
export async function getDatasetLastModified(): Promise<Date> {
  const db = getDb();
  const [offer, provider, contact, translation, city, district] = await Promise.all([
    db.offer.aggregate({ _max: { updatedAt: true } }),
    db.provider.aggregate({ _max: { updatedAt: true } }),
    db.contact.aggregate({ _max: { updatedAt: true } }),
    db.offerTranslation.aggregate({ _max: { updatedAt: true } }),
    db.city.aggregate({ _max: { updatedAt: true } }),
    db.district.aggregate({ _max: { updatedAt: true } }),
  ]);
  const dates = [offer, provider, contact, translation, city, district].map((a) => a._max.updatedAt).filter((d): d is Date => d !== null);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : new Date(0);
}
