import "server-only";
import { getDb } from "@/lib/db";
import type {
  CityDetail,
  CitySummary,
  DistrictPage,
  OfferDetail,
  OfferListItem,
} from "./types";

// Public reads: only published offers ever leave this module.
const published = { status: "PUBLISHED" } as const;

export async function listCitiesWithOfferCounts(): Promise<CitySummary[]> {
  const cities = await getDb().city.findMany({
    select: {
      slug: true,
      name: true,
      bundesland: true,
      _count: { select: { offers: { where: published }, districts: true } },
    },
  });
  // German alphabetical order (Düsseldorf before Duisburg), independent of the database collation.
  const collator = new Intl.Collator("de");
  return [...cities].sort((a, b) => collator.compare(a.name, b.name)).map((c) => ({
    slug: c.slug,
    name: c.name,
    bundesland: c.bundesland,
    offerCount: c._count.offers,
    districtCount: c._count.districts,
  }));
}

const offerListSelect = {
  slug: true,
  name: true,
  summary: true,
  phone: true,
  servesWholeCity: true,
  type: { select: { slug: true, name: true } },
  provider: { select: { name: true } },
  districts: { select: { district: { select: { slug: true, name: true } } }, orderBy: { district: { position: "asc" } } },
} as const;

type OfferListRow = {
  slug: string;
  name: string;
  summary: string;
  phone: string | null;
  servesWholeCity: boolean;
  type: { slug: string; name: string };
  provider: { name: string } | null;
  districts: { district: { slug: string; name: string } }[];
};

function toListItem(row: OfferListRow): OfferListItem {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    phone: row.phone,
    servesWholeCity: row.servesWholeCity,
    type: row.type,
    providerName: row.provider?.name ?? null,
    districts: row.districts.map((d) => d.district),
  };
}

export async function getCityBySlug(slug: string): Promise<CityDetail | null> {
  const city = await getDb().city.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      bundesland: true,
      steering: true,
      delivery: true,
      cooperation: true,
      goals: true,
      fundingPriorities: true,
      districtKind: true,
      districtsSource: true,
      sourceDocument: true,
      districts: { select: { slug: true, name: true }, orderBy: { position: "asc" } },
      siteCounts: { select: { label: true, count: true }, orderBy: { position: "asc" } },
      offers: { where: published, select: offerListSelect, orderBy: { name: "asc" } },
    },
  });
  if (!city) return null;
  return { ...city, offers: city.offers.map(toListItem) };
}

export async function getOfferBySlug(slug: string): Promise<OfferDetail | null> {
  const offer = await getDb().offer.findFirst({
    where: { slug, ...published },
    select: {
      slug: true,
      name: true,
      summary: true,
      description: true,
      servesWholeCity: true,
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
      sourceDocument: true,
      sourceSection: true,
      lastVerifiedAt: true,
      updatedAt: true,
      type: { select: { slug: true, name: true } },
      city: { select: { slug: true, name: true } },
      provider: { select: { name: true, kind: true, umbrella: true, website: true } },
      districts: { select: { district: { select: { slug: true, name: true } } }, orderBy: { district: { position: "asc" } } },
      handlungsfelder: { select: { handlungsfeld: { select: { slug: true, name: true } } }, orderBy: { handlungsfeld: { position: "asc" } } },
      targetGroups: { select: { targetGroup: { select: { slug: true, name: true } } }, orderBy: { targetGroup: { position: "asc" } } },
      accessibility: { select: { feature: { select: { slug: true, name: true } } }, orderBy: { feature: { position: "asc" } } },
      contacts: {
        select: { name: true, role: true, department: true, phone: true, email: true, street: true, postcode: true, locality: true },
        orderBy: { position: "asc" },
      },
      openingHours: { select: { weekday: true, opens: true, closes: true, note: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
      exceptions: { select: { date: true, closed: true, opens: true, closes: true, note: true }, orderBy: { date: "asc" } },
    },
  });
  if (!offer) return null;
  return {
    ...offer,
    latitude: offer.latitude?.toNumber() ?? null,
    longitude: offer.longitude?.toNumber() ?? null,
    districts: offer.districts.map((d) => d.district),
    handlungsfelder: offer.handlungsfelder.map((h) => h.handlungsfeld),
    targetGroups: offer.targetGroups.map((t) => t.targetGroup),
    accessibility: offer.accessibility.map((a) => a.feature),
    // @db.Date comes back as UTC midnight; the calendar date is all it means.
    exceptions: offer.exceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
  };
}

export async function getDistrictPage(citySlug: string, districtSlug: string): Promise<DistrictPage | null> {
  const district = await getDb().district.findFirst({
    where: { slug: districtSlug, city: { slug: citySlug } },
    select: {
      slug: true,
      name: true,
      kind: true,
      city: { select: { slug: true, name: true, districts: { select: { slug: true, name: true }, orderBy: { position: "asc" } } } },
    },
  });
  if (!district) return null;
  // Offers for the whole city belong in every district's list, marked as such:
  // a reader looking for help in Bilk must also see the city-wide hotline.
  const offers = await getDb().offer.findMany({
    where: {
      ...published,
      city: { slug: citySlug },
      OR: [{ districts: { some: { district: { slug: districtSlug } } } }, { servesWholeCity: true }],
    },
    select: offerListSelect,
  });
  const collator = new Intl.Collator("de");
  const items = offers.map(toListItem).sort((a, b) => {
    if (a.servesWholeCity !== b.servesWholeCity) return a.servesWholeCity ? 1 : -1;
    return collator.compare(a.name, b.name);
  });
  return {
    slug: district.slug,
    name: district.name,
    kind: district.kind,
    city: { slug: district.city.slug, name: district.city.name },
    siblings: district.city.districts,
    offers: items,
  };
}
