import type { ContactDetail, OfferDetail } from "./types";
import { buildVCard } from "./vcard";

export type OfferVCardOffer = Pick<
  OfferDetail,
  "street" | "postcode" | "locality" | "phone" | "phoneDialable" | "email" | "website" | "contacts"
> & {
  name: string;
  summary: string;
  provider: { name: string } | null;
};

/** Translated text the card carries; the caller formats it for the reader's locale. */
export type OfferVCardText = {
  pageUrl: string;
  country: string;
  hoursRows: string[];
  labels: { provider: string; hours: string; contactPersons: string; phone: string; email: string; source: string };
};

function describeContact(contact: ContactDetail, labels: OfferVCardText["labels"]): string {
  const who = [contact.name, contact.role, contact.department].filter(Boolean).join(", ");
  const reach = [
    contact.phone ? `${labels.phone} ${contact.phone}` : null,
    contact.email ? `${labels.email} ${contact.email}` : null,
  ].filter(Boolean);
  return [who, ...reach].filter(Boolean).join(", ");
}

/**
 * The offer as one organisation card: its own phone and e-mail, else its contact persons'.
 * TEL carries the dialable E.164 form where there is one (a phone dials it from anywhere);
 * the note keeps the numbers as printed.
 */
export function buildOfferVCard(offer: OfferVCardOffer, text: OfferVCardText): string {
  const { labels } = text;
  const contactPhones = offer.contacts.map((c) => c.phoneDialable ?? c.phone).filter((p): p is string => Boolean(p));
  const contactEmails = offer.contacts.map((c) => c.email).filter((e): e is string => Boolean(e));
  const hasAddress = Boolean(offer.street || offer.postcode || offer.locality);
  const contactLines = offer.contacts.map((c) => describeContact(c, labels)).filter(Boolean);
  const note = [
    offer.summary,
    offer.provider ? `${labels.provider}: ${offer.provider.name}` : null,
    text.hoursRows.length ? [`${labels.hours}:`, ...text.hoursRows].join("\n") : null,
    contactLines.length ? [`${labels.contactPersons}:`, ...contactLines].join("\n") : null,
    `${labels.source}: ${text.pageUrl}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return buildVCard({
    name: offer.name,
    phones: offer.phone ? [offer.phoneDialable ?? offer.phone] : contactPhones,
    emails: offer.email ? [offer.email] : contactEmails,
    address: hasAddress ? { street: offer.street, postcode: offer.postcode, locality: offer.locality, country: text.country } : null,
    urls: [offer.website, text.pageUrl].filter((u): u is string => Boolean(u)),
    note,
  });
}
