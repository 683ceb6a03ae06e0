import type { OfferFormValues } from "@/lib/admin/form-data";
import { offerTextFields, textFieldNames } from "@/lib/admin/offers/fields";
import type { TextFieldName } from "@/lib/admin/offers/fields";
import type { OfferEditOptions, OfferForEdit } from "@/lib/admin/types";

// The offer form's starting values: a saved offer's, or a new offer's blank ones.

type TextInputs = Record<TextFieldName<typeof offerTextFields>, string>;

export function toFormValues(offer: OfferForEdit): OfferFormValues {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return {
    ...(Object.fromEntries(textFieldNames(offerTextFields).map((f) => [f, text(offer[f])])) as TextInputs),
    typeId: offer.typeId,
    providerId: text(offer.providerId),
    status: offer.status,
    servesWholeCity: offer.servesWholeCity ? "on" : "",
    latitude: text(offer.latitude),
    longitude: text(offer.longitude),
    freeOfCharge: offer.freeOfCharge === null ? "" : offer.freeOfCharge ? "yes" : "no",
    periodFrom: text(offer.periodFrom),
    periodUntil: text(offer.periodUntil),
    districtIds: offer.districtIds,
    languages: offer.languages,
    accessibilityIds: offer.accessibilityIds,
    targetGroupIds: offer.targetGroupIds,
    handlungsfeldIds: offer.handlungsfeldIds,
    hours: offer.hours.map((h) => ({ weekday: String(h.weekday), opens: h.opens, closes: h.closes, note: text(h.note) })),
    exceptions: offer.exceptions.map((e) => ({
      date: e.date,
      closed: e.closed ? "on" : "",
      opens: text(e.opens),
      closes: text(e.closes),
      note: text(e.note),
    })),
    contacts: offer.contacts.map((c) => ({
      id: c.id ?? "",
      name: text(c.name),
      role: text(c.role),
      department: text(c.department),
      phone: text(c.phone),
      email: text(c.email),
      remove: "",
    })),
  };
}

export function toBlankValues(options: OfferEditOptions): OfferFormValues {
  const blank = Object.fromEntries(textFieldNames(offerTextFields).map((f) => [f, ""])) as TextInputs;
  return {
    ...blank,
    typeId: options.types[0]?.id ?? "",
    providerId: "",
    status: "DRAFT",
    servesWholeCity: "on",
    latitude: "",
    longitude: "",
    freeOfCharge: "",
    periodFrom: "",
    periodUntil: "",
    districtIds: [],
    languages: ["de"],
    accessibilityIds: [],
    targetGroupIds: [],
    handlungsfeldIds: [],
    hours: [],
    exceptions: [],
    contacts: [],
  };
}
