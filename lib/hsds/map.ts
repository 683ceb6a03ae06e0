import { isPeriodOver } from "@/lib/directory/period";
import type { Locale } from "@/lib/i18n/routing";
import { attributeId, languageId, serviceAreaId, servicePhoneId, taxonomyId } from "./ids";
import type { Paging } from "./params";
import type {
  HsdsAttribute,
  HsdsOrganization,
  HsdsOrganizationBase,
  HsdsPage,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceBase,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from "./schema";
import { mapContact, mapSchedules, mapServiceAtLocationBase, offerText, present } from "./map-places";
import { apiTexts } from "./texts";
import { taxonomyKeys } from "./types";
import type { OfferRow, ProviderRow, TaxonomyKey, TaxonomyTermRow, TermRow } from "./types";

// Pure mapping from database rows to HSDS 3.0 records. Absent values stay undefined,
// which JSON.stringify leaves out (the HSDS schemas do not allow null).

export const hsdsVersion = "3.0";

const linkTypes: Record<TaxonomyKey, string> = {
  "offer-type": "service_type",
  handlungsfeld: "field_of_action",
  "target-group": "target_group",
  accessibility: "accessibility",
};

// HSDS wants a URI: an IRI such as ".../pflegeplatzbörse" is sent percent-encoded.
function uri(value: string | null): string | undefined {
  if (!present(value)) return undefined;
  try {
    const url = new URL(value!.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function translatedTerm(row: TermRow, locale: Locale): { name: string; description: string | null; language: string } {
  if (locale !== "de" && row.translations && typeof row.translations === "object") {
    const entry = (row.translations as Record<string, { name?: unknown; description?: unknown }>)[locale];
    if (entry && typeof entry.name === "string" && entry.name.trim() !== "") {
      return {
        name: entry.name,
        description: typeof entry.description === "string" ? entry.description : row.description,
        language: locale,
      };
    }
  }
  return { name: row.name, description: row.description, language: "de" };
}

export function mapTaxonomy(key: TaxonomyKey, locale: Locale): HsdsTaxonomy {
  const text = apiTexts(locale).taxonomies[key];
  return { id: taxonomyId(key), name: text.name, description: text.description, version: "1" };
}

export function mapTaxonomies(locale: Locale): HsdsTaxonomy[] {
  return taxonomyKeys.map((key) => mapTaxonomy(key, locale));
}

export function mapTaxonomyTerm(row: TaxonomyTermRow, locale: Locale): HsdsTaxonomyTerm {
  const text = translatedTerm(row, locale);
  return {
    id: row.id,
    code: row.slug,
    name: text.name,
    // HSDS requires a description; a term without one is described by its name.
    description: present(text.description) ?? text.name,
    taxonomy: apiTexts(locale).taxonomies[row.taxonomy].name,
    taxonomy_id: taxonomyId(row.taxonomy),
    language: text.language,
  };
}

export function mapOrganizationBase(provider: ProviderRow, locale: Locale): HsdsOrganizationBase {
  const texts = apiTexts(locale);
  return {
    id: provider.id,
    name: provider.name,
    description: texts.provider(provider.kind, provider.umbrella),
    website: uri(provider.website),
    legal_status: texts.providerKinds[provider.kind],
  };
}

export function mapServiceBase(offer: OfferRow, locale: Locale): HsdsServiceBase {
  const text = offerText(offer);
  return {
    id: offer.id,
    organization_id: offer.provider?.id,
    name: text.name,
    description: text.description,
    url: uri(offer.website),
    email: present(offer.email),
    // HSDS 3.0 service status: a project whose stated period is over is "defunct".
    status: isPeriodOver(offer.validUntil) ? "defunct" : "active",
    fees_description: present(offer.costNote) ?? (offer.freeOfCharge ? apiTexts(locale).freeOfCharge : undefined),
    // @db.Date comes back as UTC midnight; the calendar date is all it means.
    assured_date: offer.lastVerifiedAt?.toISOString().slice(0, 10),
    last_modified: offer.updatedAt.toISOString(),
    x_source_document: present(offer.sourceDocument),
    x_source_section: present(offer.sourceSection),
  };
}

function mapAttributes(offer: OfferRow, locale: Locale): HsdsAttribute[] {
  const terms: TaxonomyTermRow[] = [
    { ...offer.type, taxonomy: "offer-type" },
    ...offer.handlungsfelder.map((t) => ({ ...t, taxonomy: "handlungsfeld" as const })),
    ...offer.targetGroups.map((t) => ({ ...t, taxonomy: "target-group" as const })),
    ...offer.accessibility.map((t) => ({ ...t, taxonomy: "accessibility" as const })),
  ];
  return terms.map((term) => ({
    id: attributeId(offer.id, term.id),
    link_id: offer.id,
    link_type: linkTypes[term.taxonomy],
    link_entity: "service",
    taxonomy_term_id: term.id,
    taxonomy_term: mapTaxonomyTerm(term, locale),
  }));
}

function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function mapService(offer: OfferRow, locale: Locale): HsdsService {
  const texts = apiTexts(locale);
  const phone = present(offer.phone);
  const sal = mapServiceAtLocationBase(offer);
  const areas = offer.servesWholeCity
    ? [
        {
          id: serviceAreaId(offer.id, offer.city.id),
          service_id: offer.id,
          name: offer.city.name,
          description: texts.wholeCity(offer.city.name),
        },
      ]
    : offer.districts.map((d) => ({
        id: serviceAreaId(offer.id, d.id),
        service_id: offer.id,
        name: d.name,
        description: texts.district(offer.city.name),
      }));
  return {
    ...mapServiceBase(offer, locale),
    organization: offer.provider ? mapOrganizationBase(offer.provider, locale) : undefined,
    phones: phone ? [{ id: servicePhoneId(offer.id), service_id: offer.id, number: phone, type: "voice" }] : [],
    schedules: mapSchedules(offer),
    service_areas: areas,
    service_at_locations: sal ? [sal] : [],
    languages: offer.languages.map((code) => ({
      id: languageId(offer.id, code),
      service_id: offer.id,
      name: languageName(code, locale),
      code,
    })),
    contacts: offer.contacts.map((c) => mapContact(offer, c)),
    attributes: mapAttributes(offer, locale),
    x_partner_organizations: offer.partners.map((p) => mapOrganizationBase(p, locale)),
  };
}

export function mapServiceAtLocation(offer: OfferRow, locale: Locale): HsdsServiceAtLocation | null {
  const sal = mapServiceAtLocationBase(offer);
  return sal ? { ...sal, service: mapService(offer, locale) } : null;
}

export function mapOrganization(provider: ProviderRow, offers: OfferRow[], fullService: boolean, locale: Locale): HsdsOrganization {
  return {
    ...mapOrganizationBase(provider, locale),
    services: offers.map((o) => (fullService ? mapService(o, locale) : mapServiceBase(o, locale))),
  };
}

export function toPage<T>(contents: T[], total: number, paging: Paging): HsdsPage<T> {
  const totalPages = Math.ceil(total / paging.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
