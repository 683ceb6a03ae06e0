import type { Locale } from "@/lib/i18n/routing";
import { offerTextFields, readTextSnapshot, textFieldNames } from "../offers/fields";
import type { OfferEditInput } from "../schema";
import type { OfferContactValues, OfferEditValues, OfferForEdit } from "../types";

/** The editable values of a loaded offer, without its identity and bookkeeping. */
export function toEditValues(offer: OfferForEdit): OfferEditValues {
  const values: Partial<OfferForEdit> = { ...offer };
  // status is left out on purpose: publishing is not part of a change under review.
  for (const key of ["id", "slug", "version", "status", "city", "providerName", "updatedAt"] as const) delete values[key];
  return values as OfferEditValues;
}

const textNames = new Set<string>(textFieldNames(offerTextFields));

/**
 * A stored snapshot (audit or revision JSON) read defensively: only the keys the
 * form knows, text fields through the registry. A key the snapshot lacks is left
 * out for every field alike, because CSV imports record only what they changed.
 */
export function readSnapshot(value: unknown, known: OfferEditValues): Partial<OfferEditValues> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const others = Object.keys(known)
    .filter((key) => !textNames.has(key) && key in record)
    .map((key) => [key, record[key]]);
  const picked = { ...readTextSnapshot(offerTextFields, record), ...Object.fromEntries(others) };
  return Object.keys(picked).length > 0 ? (picked as Partial<OfferEditValues>) : null;
}

/**
 * The save-form input that turns `current` into `target`, for the one locked save
 * path (updateOffer). Contacts still on the record keep their id; contacts the
 * target no longer has are removed; contacts deleted since come back as new rows.
 * Fields the snapshot lacks keep today's value.
 */
export function toSaveInput(current: OfferForEdit, target: Partial<OfferEditValues>, version: number, locale: Locale): OfferEditInput {
  const values = { ...toEditValues(current), ...target };
  const currentIds = new Set(current.contacts.map((c) => c.id));
  const wanted: OfferContactValues[] = (target.contacts ?? current.contacts).map((c) => ({
    ...c,
    id: c.id && currentIds.has(c.id) ? c.id : null,
  }));
  const keptIds = new Set(wanted.map((c) => c.id).filter(Boolean));
  const removed = current.contacts.filter((c) => c.id && !keptIds.has(c.id)).map((c) => ({ ...c, remove: true }));
  return {
    ...values,
    // Publishing state is not part of a change under review; archive and restore are their own actions.
    status: current.status,
    locale,
    offerId: current.id,
    version,
    contacts: [...wanted.map((c) => ({ ...c, remove: false })), ...removed],
  };
}
