import { describe, expect, it } from "vitest";
import { readSeedData } from "./read-files";
import { readGlossary, readSeedTranslations } from "./read-translations";
import { measureCoverage } from "./translation-coverage";
import { findTranslationFacts } from "./translation-review";

describe("seed translations", async () => {
  const data = await readSeedData();
  const glossary = await readGlossary();
  const all = await readSeedTranslations();

  it.each(all.map((t) => [t.locale, t] as const))("%s adds no number, address or name the German lacks", (_locale, translations) => {
    expect(findTranslationFacts(data, translations, glossary)).toEqual([]);
  });

  // Every locale has every text, made from the German as it is now (translations:check prints the figures).
  it.each(all.map((t) => [t.locale, t] as const))("%s has every text, current", (_locale, translations) => {
    const coverage = measureCoverage(data, translations);
    expect(coverage.units.filter((u) => u.state !== "current")).toEqual([]);
    expect(coverage.taxonomyMissing).toEqual([]);
  });

  it.each(all.map((t) => [t.locale, t] as const))("%s has no entry that matches no record", (_locale, translations) => {
    expect(measureCoverage(data, translations).unknown).toEqual([]);
  });
});
