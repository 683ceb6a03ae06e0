import { createHash } from "node:crypto";
import type { SeedCityFile, SeedOffer } from "./schema";

// What a translator translates: one unit per city (its organisation texts) and per
// offer. The fingerprint of the German texts is stored beside each translation so a
// changed German text makes its translations stale instead of silently wrong.

export type CityTexts = {
  steering?: string;
  delivery?: string;
  goals?: string;
  cooperation: string[];
  fundingPriorities: string[];
  siteCounts: string[];
};

export type OfferTexts = {
  name: string;
  summary: string;
  description: string;
  costNote?: string;
  /** German contact role → its translation. */
  roles: string[];
};

export function fingerprint(texts: unknown): string {
  return createHash("sha256").update(JSON.stringify(texts)).digest("hex").slice(0, 12);
}

function present(value: string | null): string | undefined {
  return value === null ? undefined : value;
}

export function cityTexts(file: SeedCityFile): CityTexts {
  const { organisation } = file.city;
  return {
    steering: present(organisation.steering),
    delivery: present(organisation.delivery),
    goals: present(organisation.goals),
    cooperation: organisation.cooperation,
    fundingPriorities: organisation.fundingPriorities,
    siteCounts: file.city.siteCounts.map((s) => s.label),
  };
}

export function offerTexts(offer: SeedOffer): OfferTexts {
  const roles = [...new Set(offer.contacts.map((c) => c.role).filter((r): r is string => r !== null))];
  return {
    name: offer.name,
    summary: offer.summary,
    description: offer.description,
    costNote: present(offer.costNote),
    roles,
  };
}
