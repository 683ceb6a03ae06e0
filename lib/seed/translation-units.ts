import { toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import type { OfferSourceTexts } from "@/lib/translation/source-fingerprint";
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

export type OfferTexts = OfferSourceTexts;

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
  return toOfferSourceTexts(offer);
}
