import type { LocalizedText, OfferDetail } from "@/lib/directory/types";
import { toPeriodColumns } from "@/lib/directory/period";
import { offerTextFields } from "../offers/fields";
import type { OfferEditValues } from "../types";

const german = (text: string): LocalizedText => ({ text, lang: "de", reviewed: true });
const translatedTexts: ReadonlySet<string> = new Set(["name", "summary", "description"]);

/**
 * The public page's data with a pending change laid over it. Changed texts are the
 * German original (a translation of the new text does not exist yet).
 */
export function applyChangeToDetail(detail: OfferDetail, after: Partial<OfferEditValues>): OfferDetail {
  const next: OfferDetail = { ...detail };
  const texts = next as Record<string, unknown>;
  for (const { name } of offerTextFields) {
    const value = after[name];
    if (value === undefined) continue;
    // The translated texts are shown as localized texts; the others as they are, where the public page shows them.
    if (translatedTexts.has(name)) {
      if (value !== null) texts[name] = german(value);
    } else if (name in detail) {
      texts[name] = value;
    }
  }
  // The stored dialable form belongs to the stored number: a proposed number is dialled as printed.
  if (after.phone !== undefined) next.phoneDialable = null;
  if (after.servesWholeCity !== undefined) next.servesWholeCity = after.servesWholeCity;
  if (after.latitude !== undefined) next.latitude = after.latitude;
  if (after.longitude !== undefined) next.longitude = after.longitude;
  if (after.languages !== undefined) next.languages = after.languages;
  if (after.freeOfCharge !== undefined) next.freeOfCharge = after.freeOfCharge;
  if (after.periodFrom !== undefined || after.periodUntil !== undefined) {
    const period = toPeriodColumns(after.periodFrom ?? null, after.periodUntil ?? null);
    next.validFrom = period.validFrom;
    next.validUntil = period.validUntil;
    next.periodPrecision = period.periodPrecision;
  }
  if (after.contacts !== undefined) {
    next.contacts = after.contacts.map(({ name, role, department, phone, email }) => ({
      name,
      role,
      roleShown: role === null ? null : german(role),
      department,
      phone,
      phoneDialable: null,
      email,
      street: null,
      postcode: null,
      locality: null,
    }));
  }
  if (after.hours !== undefined)
    next.openingHours = after.hours.map(({ weekday, opens, closes, note }) => ({ weekday, opens, closes, note }));
  if (after.exceptions !== undefined)
    next.exceptions = after.exceptions.map(({ date, closed, opens, closes, note }) => ({ date, closed, opens, closes, note }));
  return next;
}
