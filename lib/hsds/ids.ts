import { stableId } from "@/lib/ids/stable-id";
import type { TaxonomyKey } from "./types";

// HSDS records that have no table of their own get name-based UUIDs derived from
// the ids they come from, so they stay the same on every request and every re-seed.
export const taxonomyId = (key: TaxonomyKey) => stableId("taxonomy", key);
export const locationId = (offerId: string) => stableId("hsds-location", offerId);
export const addressId = (offerId: string) => stableId("hsds-address", offerId);
export const serviceAtLocationId = (offerId: string) => stableId("hsds-service-at-location", offerId);
export const servicePhoneId = (offerId: string) => stableId("hsds-phone", `service/${offerId}`);
export const contactPhoneId = (contactId: string) => stableId("hsds-phone", `contact/${contactId}`);
export const contactLocationId = (contactId: string) => stableId("hsds-location", `contact/${contactId}`);
export const contactAddressId = (contactId: string) => stableId("hsds-address", `contact/${contactId}`);
export const serviceAreaId = (offerId: string, areaId: string) => stableId("hsds-service-area", `${offerId}/${areaId}`);
export const languageId = (offerId: string, code: string) => stableId("hsds-language", `${offerId}/${code}`);
export const accessibilityId = (offerId: string, featureId: string) => stableId("hsds-accessibility", `${offerId}/${featureId}`);
export const attributeId = (offerId: string, termId: string) => stableId("hsds-attribute", `${offerId}/${termId}`);
