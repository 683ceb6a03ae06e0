import { can } from "./policy";
import type { Role } from "./types";

// Pure rules of the offer form that the schema (schema.ts), the form's save path and
// the CSV import share.

/** Languages an offer can be held in: ISO 639-1 codes, named in the UI via Intl.DisplayNames. */
export const offerLanguages = [
  "de",
  "en",
  "tr",
  "ar",
  "ru",
  "pl",
  "uk",
  "fr",
  "es",
  "it",
  "el",
  "fa",
  "ku",
  "sq",
  "hr",
  "sr",
  "bs",
  "ro",
  "bg",
  "vi",
  "zh",
  "pt",
] as const;

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export const offerStatuses = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

// "24:00" may close a day, never open one.
const timePattern = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

export function isTime(value: string, role: "opens" | "closes"): boolean {
  return timePattern.test(value) && !(role === "opens" && value === "24:00");
}

// A range that ends before it starts runs across midnight (22:00–02:00); it must end
// in the early morning, so that a slip like 14:00–12:00 is caught and not read as 22 hours.
export const latestCloseAfterMidnight = "08:00";

/** Both values must already be valid times. */
export function isTimeRangeOrdered(opens: string, closes: string): boolean {
  if (closes === "00:00" || closes === "24:00") return opens !== "00:00" || closes === "24:00";
  if (opens < closes) return true;
  return opens > closes && closes <= latestCloseAfterMidnight;
}

export function isIsoDate(value: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An offer for the whole city lists no districts: every write drops them when whole_city is set. */
export function districtsFor(servesWholeCity: boolean, districtIds: readonly string[]): string[] {
  return servesWholeCity ? [] : [...districtIds];
}

export type ProviderChoice<Key extends string> = {
  /** The Träger the write would give the offer; null for none. */
  chosen: Key | null;
  /** The offer's Träger before the write; undefined for a new offer. */
  saved?: Key | null;
  /** The Träger the user may choose for the offer's city (data.ts: providerChoiceWhere). */
  choosable: ReadonlySet<Key>;
};

/**
 * The Träger rule of every offer write, the form's and the CSV import's: an unchanged
 * Träger stays allowed even if it would not be offered as a choice today; no Träger
 * is not allowed to a PROVIDER_EDITOR (the offer would leave their reach); any other
 * Träger must be one of the choices. Keys are ids or slugs, as long as all are alike.
 */
export function isProviderChoiceAllowed<Key extends string>(role: Role, choice: ProviderChoice<Key>): boolean {
  if (choice.saved !== undefined && choice.chosen === choice.saved) return true;
  if (choice.chosen === null) return can({ role }, "offer.assignProvider", { providerId: null });
  return choice.choosable.has(choice.chosen);
}
