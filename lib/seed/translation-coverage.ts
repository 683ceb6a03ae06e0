import type { SeedData } from "./read-files";
import type { SeedLocaleTranslations } from "./read-translations";
import { isSummaryOnly } from "./translation-schema";
import { fingerprint } from "@/lib/translation/source-fingerprint";
import { toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import { cityTexts } from "./translation-units";

export type UnitState = "current" | "partial" | "stale" | "missing";

export type CoverageUnit = { key: string; city: string; state: UnitState };

export type LocaleCoverage = {
  locale: string;
  units: CoverageUnit[];
  taxonomyMissing: string[];
  taxonomyTotal: number;
  /** Entries that match no city, offer or term: typos or removed records. */
  unknown: string[];
};

function stateOf(entry: { source: string } | undefined, texts: object, summaryOnly = false): UnitState {
  if (!entry) return "missing";
  if (entry.source !== fingerprint(texts)) return "stale";
  return summaryOnly ? "partial" : "current";
}

const termKinds = ["offerTypes", "handlungsfelder", "targetGroups", "accessibilityFeatures"] as const;

export function measureCoverage(data: SeedData, translations: SeedLocaleTranslations): LocaleCoverage {
  const units: CoverageUnit[] = [];
  const unknown: string[] = [];
  for (const file of data.cities) {
    const slug = file.city.slug;
    const translated = translations.cities.find((c) => c.city === slug);
    units.push({ key: `city:${slug}`, city: slug, state: stateOf(translated?.cityTexts, cityTexts(file)) });
    for (const offer of file.offers) {
      const entry = translated?.offers[offer.slug];
      units.push({
        key: `offer:${offer.slug}`,
        city: slug,
        state: stateOf(entry, toOfferSourceTexts(offer), entry !== undefined && isSummaryOnly(entry)),
      });
    }
    for (const key of Object.keys(translated?.offers ?? {})) {
      if (!file.offers.some((o) => o.slug === key)) unknown.push(`${slug}: offer ${key}`);
    }
  }
  for (const file of translations.cities) {
    if (!data.cities.some((c) => c.city.slug === file.city)) unknown.push(`city ${file.city}`);
  }
  const taxonomyMissing: string[] = [];
  for (const kind of termKinds) {
    const given = translations.taxonomy?.[kind] ?? {};
    for (const term of data.taxonomy[kind]) if (!given[term.slug]) taxonomyMissing.push(`${kind}.${term.slug}`);
    for (const slug of Object.keys(given)) if (!data.taxonomy[kind].some((t) => t.slug === slug)) unknown.push(`${kind}.${slug}`);
  }
  const taxonomyTotal = termKinds.reduce((sum, kind) => sum + data.taxonomy[kind].length, 0);
  return { locale: translations.locale, units, taxonomyMissing, taxonomyTotal, unknown };
}

export function coveragePercent(coverage: LocaleCoverage): number {
  const total = coverage.units.length + coverage.taxonomyTotal;
  const done = coverage.units.filter((u) => u.state === "current").length + coverage.taxonomyTotal - coverage.taxonomyMissing.length;
  return total === 0 ? 100 : Math.floor((done * 1000) / total) / 10;
}
