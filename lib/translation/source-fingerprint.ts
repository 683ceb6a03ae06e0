import { createHash } from "node:crypto";

// The fingerprint of the German texts a translation was made from, stored beside it
// (offer_translation.source_fingerprint): when the German changes, the translation is
// known to be outdated instead of silently wrong. Seed files, the staff's form and
// agency imports all compute it here.

/** The texts of an offer a translation covers, in this key order (the fingerprint depends on it). */
export type OfferSourceTexts = {
  name: string;
  summary: string;
  description: string;
  costNote?: string;
  /** The German contact roles, each once, in contact order. */
  roles: string[];
};

export function fingerprint(texts: unknown): string {
  return createHash("sha256").update(JSON.stringify(texts)).digest("hex").slice(0, 12);
}

export function toOfferSourceTexts(offer: {
  name: string;
  summary: string;
  description: string;
  costNote: string | null;
  contacts: { role: string | null }[];
}): OfferSourceTexts {
  return {
    name: offer.name,
    summary: offer.summary,
    description: offer.description,
    costNote: offer.costNote ?? undefined,
    roles: [...new Set(offer.contacts.map((c) => c.role).filter((r): r is string => r !== null))],
  };
}

/** What a query must select of an offer to compute its fingerprint (spread into a Prisma select). */
export const offerSourceTextsSelect = {
  name: true,
  summary: true,
  description: true,
  costNote: true,
  contacts: { select: { role: true }, orderBy: { position: "asc" } },
} as const;
