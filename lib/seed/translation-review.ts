import type { SeedData } from "./read-files";
import type { SeedLocaleTranslations } from "./read-translations";
import { findNewFacts } from "./translation-facts";
import { isSummaryOnly } from "./translation-schema";
import type { FactProblem } from "./translation-facts";
import { toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import { cityTexts } from "./translation-units";

export type UnitFactProblem = (FactProblem | { kind: "shape"; value: string }) & { key: string; field: string };

// A translation has exactly the German's texts: the same list lengths, the same
// optional texts present, a translation for every contact role and no other.
function findShapeProblems(german: Record<string, unknown>, translated: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [field, value] of Object.entries(german)) {
    const other = translated[field];
    if (Array.isArray(value)) {
      if (field === "roles") {
        const keys = Object.keys((other as Record<string, string> | undefined) ?? {}).sort();
        if (JSON.stringify(keys) !== JSON.stringify([...value].sort())) problems.push(`roles: translate exactly ${JSON.stringify(value)}`);
      } else if (!Array.isArray(other) || other.length !== value.length) problems.push(`${field}: ${value.length} entries expected`);
    } else if ((value === undefined) !== (other === undefined)) {
      problems.push(`${field}: ${value === undefined ? "the German has none" : "missing"}`);
    }
  }
  return problems;
}

function strings(value: unknown, prefix: string): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${prefix}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (k === "source" ? [] : strings(v, prefix ? `${prefix}.${k}` : k)));
  }
  return [];
}

function germanOf(texts: unknown): string {
  return strings(texts, "")
    .map(([, s]) => s)
    .join("\n");
}

// Every translated string of every current or stale unit against the German of its unit.
export function findTranslationFacts(data: SeedData, translations: SeedLocaleTranslations, glossary: string[]): UnitFactProblem[] {
  const problems: UnitFactProblem[] = [];
  const check = (key: string, texts: object, translated: object, summaryOnly = false) => {
    if (!summaryOnly)
      for (const value of findShapeProblems(texts as Record<string, unknown>, translated as Record<string, unknown>)) {
        problems.push({ kind: "shape", value, key, field: value.split(":")[0] ?? value });
      }
    const german = germanOf(texts);
    for (const [field, text] of strings(translated, "")) {
      for (const p of findNewFacts(german, text, translations.locale, glossary)) problems.push({ ...p, key, field });
    }
  };
  for (const file of translations.cities) {
    const city = data.cities.find((c) => c.city.slug === file.city);
    if (!city) continue;
    if (file.cityTexts) check(`city:${file.city}`, cityTexts(city), file.cityTexts);
    for (const [slug, entry] of Object.entries(file.offers)) {
      const offer = city.offers.find((o) => o.slug === slug);
      if (offer) check(`offer:${slug}`, toOfferSourceTexts(offer), entry, isSummaryOnly(entry));
    }
  }
  return problems;
}
