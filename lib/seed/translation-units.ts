import type { SeedCityFile } from "./schema";

// What a translator translates: one unit per city (its organisation texts) and per
// offer (lib/translation/source-fingerprint.ts). The fingerprint of the German texts is stored beside each translation so a
// changed German text makes its translations stale instead of silently wrong.

export type CityTexts = {
  steering?: string;
  delivery?: string;
  goals?: string;
  cooperation: string[];
  fundingPriorities: string[];
  siteCounts: string[];
};

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
