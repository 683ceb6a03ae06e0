import type { LocalizedText, OfferDetail } from "@/lib/directory/types";
import type { OfferEditValues } from "../types";

const german = (text: string): LocalizedText => ({ text, lang: "de", reviewed: true });

/** The fields a preview takes from a pending change; choices by id (districts, type …) are not among them. */
export const previewedFields = [
  "name", "summary", "description", "street", "postcode", "locality", "phone", "email", "website", "contacts",
  "servesWholeCity", "latitude", "longitude", "languages", "freeOfCharge", "costNote", "sourceDocument", "sourceSection",
  "hours", "exceptions",
] as const;

/**
 * The public page's data with a pending change laid over it. Changed texts are the
 * German original (a translation of the new text does not exist yet).
 */
export function applyChangeToDetail(detail: OfferDetail, after: Partial<OfferEditValues>): OfferDetail {
  const next: OfferDetail = { ...detail };
  if (after.name !== undefined && after.name !== null) next.name = german(after.name);
  if (after.summary !== undefined && after.summary !== null) next.summary = german(after.summary);
  if (after.description !== undefined && after.description !== null) next.description = german(after.description);
  for (const key of ["street", "postcode", "locality", "phone", "email", "website", "costNote", "sourceDocument", "sourceSection"] as const) {
    if (after[key] !== undefined) next[key] = after[key];
  }
  if (after.servesWholeCity !== undefined) next.servesWholeCity = after.servesWholeCity;
  if (after.latitude !== undefined) next.latitude = after.latitude;
  if (after.longitude !== undefined) next.longitude = after.longitude;
  if (after.languages !== undefined) next.languages = after.languages;
  if (after.freeOfCharge !== undefined) next.freeOfCharge = after.freeOfCharge;
  if (after.contacts !== undefined) {
    next.contacts = after.contacts.map(({ name, role, department, phone, email }) => ({ name, role, department, phone, email, street: null, postcode: null, locality: null }));
  }
  if (after.hours !== undefined) next.openingHours = after.hours.map(({ weekday, opens, closes, note }) => ({ weekday, opens, closes, note }));
  if (after.exceptions !== undefined) next.exceptions = after.exceptions.map(({ date, closed, opens, closes, note }) => ({ date, closed, opens, closes, note }));
  return next;
}
