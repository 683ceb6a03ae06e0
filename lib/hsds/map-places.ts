import { accessibilityId, addressId, contactAddressId, contactLocationId, contactPhoneId, locationId, serviceAtLocationId } from "./ids";
import type { HsdsContact, HsdsLocation, HsdsSchedule, HsdsServiceAtLocationBase } from "./schema";
import type { ContactRow, OfferRow } from "./types";

// Where and when an offer is: its location, its contacts' postal addresses and its weekly
// hours as HSDS 3.0 records (the rest of the mapping is ./map.ts). Absent values stay
// undefined, which JSON.stringify leaves out (the HSDS schemas do not allow null).

export const isoWeekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export function present(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === "" ? undefined : value;
}

export function offerText(offer: OfferRow) {
  return {
    name: present(offer.translation?.name) ?? offer.name,
    description: present(offer.translation?.description) ?? offer.description,
  };
}

export function mapLocation(offer: OfferRow): HsdsLocation | null {
  if (!offer.street || !offer.postcode || !offer.locality) return null;
  const id = locationId(offer.id);
  return {
    id,
    location_type: "physical",
    name: offerText(offer).name,
    latitude: offer.latitude ?? undefined,
    longitude: offer.longitude ?? undefined,
    addresses: [
      {
        id: addressId(offer.id),
        location_id: id,
        address_1: offer.street,
        city: offer.locality,
        state_province: offer.city.bundesland,
        postal_code: offer.postcode,
        country: "DE",
        address_type: "physical",
      },
    ],
    accessibility: offer.accessibility.map((feature) => ({
      id: accessibilityId(offer.id, feature.id),
      location_id: id,
      description: feature.name,
    })),
  };
}

export function mapServiceAtLocationBase(offer: OfferRow): HsdsServiceAtLocationBase | null {
  const location = mapLocation(offer);
  if (!location) return null;
  return { id: serviceAtLocationId(offer.id), service_id: offer.id, location_id: location.id, location };
}

export function contactLocation(contact: ContactRow, bundesland: string): HsdsLocation | null {
  if (!contact.street || !contact.postcode || !contact.locality) return null;
  const id = contactLocationId(contact.id);
  return {
    id,
    location_type: "postal",
    name: present(contact.department) ?? present(contact.name),
    addresses: [
      {
        id: contactAddressId(contact.id),
        location_id: id,
        address_1: contact.street,
        city: contact.locality,
        state_province: bundesland,
        postal_code: contact.postcode,
        country: "DE",
        address_type: "postal",
      },
    ],
    accessibility: [],
  };
}

export function mapContact(offer: OfferRow, contact: ContactRow): HsdsContact {
  const phone = present(contact.phone);
  return {
    id: contact.id,
    service_id: offer.id,
    location_id: contactLocation(contact, offer.city.bundesland)?.id,
    name: present(contact.name),
    title: present(contact.role),
    department: present(contact.department),
    email: present(contact.email),
    phones: phone ? [{ id: contactPhoneId(contact.id), contact_id: contact.id, number: phone, type: "voice" }] : [],
  };
}

export function mapSchedules(offer: OfferRow): HsdsSchedule[] {
  return offer.openingHours
    .filter((h) => h.weekday >= 1 && h.weekday <= 7)
    .map((h) => ({
      id: h.id,
      service_id: offer.id,
      freq: "WEEKLY",
      wkst: "MO",
      byday: isoWeekdays[h.weekday - 1]!,
      opens_at: h.opens,
      closes_at: h.closes,
      notes: present(h.note),
    }));
}
