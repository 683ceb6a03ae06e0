import { writeCsv } from "@/lib/csv/write";
import { taxonomyId } from "./ids";
import type { HsdsContact, HsdsLocation, HsdsService } from "./schema";
import type { TaxonomyKey } from "./types";

// One row per service for spreadsheets. Lists (hours, contacts, terms) share a cell,
// entries separated by " | "; the HSDS JSON export keeps every record separate.

const columns = [
  "id",
  "name",
  "organization_id",
  "organization_name",
  "description",
  "url",
  "email",
  "phone",
  "address",
  "postal_code",
  "city",
  "state_province",
  "latitude",
  "longitude",
  "service_areas",
  "offer_type",
  "handlungsfelder",
  "target_groups",
  "accessibility",
  "languages",
  "fees_description",
  "opening_hours",
  "contacts",
  "assured_date",
  "last_modified",
] as const;

function termNames(service: HsdsService, key: TaxonomyKey): string {
  const id = taxonomyId(key);
  return service.attributes
    .filter((a) => a.taxonomy_term.taxonomy_id === id)
    .map((a) => a.taxonomy_term.name)
    .join(" | ");
}

function contactCell(contact: HsdsContact, locations: Map<string, HsdsLocation>): string {
  const address = contact.location_id ? locations.get(contact.location_id)?.addresses[0] : undefined;
  return [
    contact.name,
    contact.title,
    contact.department,
    ...contact.phones.map((p) => p.number),
    contact.email,
    address ? `${address.address_1}, ${address.postal_code} ${address.city}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
}

export function serviceCsvRow(service: HsdsService, locations: Map<string, HsdsLocation>): Record<(typeof columns)[number], string> {
  const location = service.service_at_locations[0]?.location;
  const address = location?.addresses[0];
  return {
    id: service.id,
    name: service.name,
    organization_id: service.organization_id ?? "",
    organization_name: service.organization?.name ?? "",
    description: service.description,
    url: service.url ?? "",
    email: service.email ?? "",
    phone: service.phones.map((p) => p.number).join(" | "),
    address: address?.address_1 ?? "",
    postal_code: address?.postal_code ?? "",
    city: address?.city ?? "",
    state_province: address?.state_province ?? "",
    latitude: location?.latitude?.toString() ?? "",
    longitude: location?.longitude?.toString() ?? "",
    service_areas: service.service_areas.map((a) => a.name).join(" | "),
    offer_type: termNames(service, "offer-type"),
    handlungsfelder: termNames(service, "handlungsfeld"),
    target_groups: termNames(service, "target-group"),
    accessibility: termNames(service, "accessibility"),
    languages: service.languages.map((l) => l.code).join(" | "),
    fees_description: service.fees_description ?? "",
    opening_hours: service.schedules.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at}`).join(" | "),
    contacts: service.contacts.map((c) => contactCell(c, locations)).join(" | "),
    assured_date: service.assured_date ?? "",
    last_modified: service.last_modified,
  };
}

export function serializeCsv(services: HsdsService[], locations: HsdsLocation[]): string {
  const byId = new Map(locations.map((l) => [l.id, l]));
  return writeCsv(
    services.map((s) => serviceCsvRow(s, byId)),
    { columns },
  );
}
