import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localeInfo } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";
import { current, published } from "./current";
import { listFirstContacts } from "./first-contact-data";
import { chooseOptionalText, chooseText, chooseTextList, localizeTerm, readJsonTranslation } from "./localized-text";
import type { CityDetail, CitySummary, DistrictPage, OfferDetail, OfferListItem } from "./types";

export async function listCitiesWithOfferCounts(): Promise<CitySummary[]> {
  const cities = await getDb().city.findMany({
    select: {
      slug: true,
      name: true,
      bundesland: true,
      _count: { select: { offers: { where: current() }, districts: true } },
    },
  });
  // German alphabetical order (Düsseldorf before Duisburg), independent of the database collation.
  const collator = new Intl.Collator("de");
  return [...cities]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((c) => ({
      slug: c.slug,
      name: c.name,
      bundesland: c.bundesland,
      offerCount: c._count.offers,
      districtCount: c._count.districts,
    }));
}

const districtSelect = { select: { slug: true, name: true, stadtteile: true }, orderBy: { position: "asc" } } as const;

const termSelect = { select: { slug: true, name: true, translations: true } } as const;

// The reader's translation only (at most one row per offer and locale).
function translationSelect(locale: Locale) {
  return { where: { locale }, select: { name: true, summary: true, description: true, reviewed: true }, take: 1 } as const;
}

// offer_translation.contact_roles: German role → its translation.
function readRole(role: string | null, roles: unknown, reviewed: boolean, locale: Locale) {
  if (role === null) return null;
  const translated = typeof roles === "object" && roles !== null ? (roles as Record<string, unknown>)[role] : undefined;
  return chooseText(role, typeof translated === "string" ? { text: translated, reviewed } : null, locale);
}

export function offerListSelect(locale: Locale) {
  return {
    slug: true,
    name: true,
    summary: true,
    phone: true,
    phoneDialable: true,
    servesWholeCity: true,
    type: termSelect,
    provider: { select: { name: true } },
    districts: { select: { district: { select: { slug: true, name: true } } }, orderBy: { district: { position: "asc" } } },
    translations: translationSelect(locale),
  } as const;
}

type TranslationRow = { name: string | null; summary: string | null; description: string | null; reviewed: boolean };

type OfferListRow = {
  slug: string;
  name: string;
  summary: string;
  phone: string | null;
  phoneDialable: string | null;
  servesWholeCity: boolean;
  type: { slug: string; name: string; translations: unknown };
  provider: { name: string } | null;
  districts: { district: { slug: string; name: string } }[];
  translations: TranslationRow[];
};

export function toListItem(row: OfferListRow, locale: Locale): OfferListItem {
  const tr = row.translations[0];
  return {
    slug: row.slug,
    name: chooseText(row.name, tr && { text: tr.name, reviewed: tr.reviewed }, locale),
    summary: chooseText(row.summary, tr && { text: tr.summary, reviewed: tr.reviewed }, locale),
    phone: row.phone,
    phoneDialable: row.phoneDialable,
    servesWholeCity: row.servesWholeCity,
    type: localizeTerm(row.type, locale),
    providerName: row.provider?.name ?? null,
    districts: row.districts.map((d) => d.district),
  };
}

function sortByShownName(items: OfferListItem[], locale: Locale): OfferListItem[] {
  const collator = new Intl.Collator(localeInfo[locale].intl);
  return [...items].sort((a, b) => collator.compare(a.name.text, b.name.text));
}

export async function getCityBySlug(slug: string, locale: Locale): Promise<CityDetail | null> {
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
      stadtteileSource: true,
      sourceDocument: true,
      districts: districtSelect,
      siteCounts: { select: { label: true, count: true }, orderBy: { position: "asc" } },
      translations: true,
      offers: { where: current(), select: offerListSelect(locale) },
    },
  });
  if (!city) return null;
  const [firstContact = null] = await listFirstContacts(locale, slug);
  const { translations, ...rest } = city;
  const text = (field: "steering" | "delivery" | "goals") =>
    chooseOptionalText(city[field], readJsonTranslation(translations, locale, field), locale);
  return {
    ...rest,
    steering: text("steering"),
    delivery: text("delivery"),
    goals: text("goals"),
    cooperation: chooseTextList(city.cooperation, translations, locale, "cooperation"),
    fundingPriorities: chooseTextList(city.fundingPriorities, translations, locale, "fundingPriorities"),
    siteCounts: chooseTextList(
      city.siteCounts.map((c) => c.label),
      translations,
      locale,
      "siteCounts",
    ).map((label, i) => ({ label, count: city.siteCounts[i]!.count })),
    firstContact,
    offers: sortByShownName(
      city.offers.map((o) => toListItem(o, locale)),
      locale,
    ),
  };
}

export async function getOfferBySlug(slug: string, locale: Locale): Promise<OfferDetail | null> {
  return findOfferDetail({ slug, ...published }, locale);
}

/**
 * The offer page's data for any `where`. Public callers go through getOfferBySlug;
 * the admin preview passes the editor's scope instead of `published`, so that a
 * draft can be seen exactly as the public page would show it.
 */
export async function findOfferDetail(where: Prisma.OfferWhereInput, locale: Locale): Promise<OfferDetail | null> {
  const ownTranslation = translationSelect(locale);
  const offer = await getDb().offer.findFirst({
    where,
    select: {
      slug: true,
      name: true,
      summary: true,
      description: true,
      validFrom: true,
      validUntil: true,
      periodPrecision: true,
      phoneDialable: true,
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
      type: termSelect,
      city: { select: { slug: true, name: true } },
      provider: { select: { name: true, kind: true, umbrella: true, website: true } },
      partners: { select: { provider: { select: { name: true, website: true } } }, orderBy: { position: "asc" } },
      districts: { select: { district: { select: { slug: true, name: true } } }, orderBy: { district: { position: "asc" } } },
      handlungsfelder: { select: { handlungsfeld: termSelect }, orderBy: { handlungsfeld: { position: "asc" } } },
      targetGroups: { select: { targetGroup: termSelect }, orderBy: { targetGroup: { position: "asc" } } },
      accessibility: { select: { feature: termSelect }, orderBy: { feature: { position: "asc" } } },
      contacts: {
        select: {
          name: true,
          role: true,
          department: true,
          phone: true,
          phoneDialable: true,
          email: true,
          street: true,
          postcode: true,
          locality: true,
        },
        orderBy: { position: "asc" },
      },
      openingHours: { select: { weekday: true, opens: true, closes: true, note: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
      exceptions: { select: { date: true, closed: true, opens: true, closes: true, note: true }, orderBy: { date: "asc" } },
      translations: { ...ownTranslation, select: { ...ownTranslation.select, contactRoles: true } },
    },
  });
  if (!offer) return null;
  const { translations, ...rest } = offer;
  const tr = translations[0];
  const own = (field: "name" | "summary" | "description") =>
    chooseText(offer[field], tr && { text: tr[field], reviewed: tr.reviewed }, locale);
  return {
    ...rest,
    name: own("name"),
    summary: own("summary"),
    description: own("description"),
    type: localizeTerm(offer.type, locale),
    latitude: offer.latitude?.toNumber() ?? null,
    longitude: offer.longitude?.toNumber() ?? null,
    contacts: offer.contacts.map((c) => ({ ...c, roleShown: readRole(c.role, tr?.contactRoles, tr?.reviewed ?? false, locale) })),
    districts: offer.districts.map((d) => d.district),
    partners: offer.partners.map((p) => p.provider),
    handlungsfelder: offer.handlungsfelder.map((h) => localizeTerm(h.handlungsfeld, locale)),
    targetGroups: offer.targetGroups.map((t) => localizeTerm(t.targetGroup, locale)),
    accessibility: offer.accessibility.map((a) => localizeTerm(a.feature, locale)),
    // @db.Date comes back as UTC midnight; the calendar date is all it means.
    exceptions: offer.exceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
  };
}

export async function getDistrictPage(citySlug: string, districtSlug: string, locale: Locale): Promise<DistrictPage | null> {
  const district = await getDb().district.findFirst({
    where: { slug: districtSlug, city: { slug: citySlug } },
    select: {
      slug: true,
      name: true,
      kind: true,
      stadtteile: true,
      city: { select: { slug: true, name: true, districts: districtSelect } },
    },
  });
  if (!district) return null;
  // Offers for the whole city belong in every district's list, marked as such:
  // a reader looking for help in Bilk must also see the city-wide hotline.
  const offers = await getDb().offer.findMany({
    where: {
      AND: [current(), { OR: [{ districts: { some: { district: { slug: districtSlug } } } }, { servesWholeCity: true }] }],
      city: { slug: citySlug },
    },
    select: offerListSelect(locale),
  });
  const items = sortByShownName(
    offers.map((o) => toListItem(o, locale)),
    locale,
  ).sort((a, b) => Number(a.servesWholeCity) - Number(b.servesWholeCity));
  const [firstContact = null] = await listFirstContacts(locale, citySlug);
  return {
    slug: district.slug,
    name: district.name,
    kind: district.kind,
    stadtteile: district.stadtteile,
    city: { slug: district.city.slug, name: district.city.name },
    firstContact,
    siblings: district.city.districts,
    offers: items,
  };
}
