import { readdir } from "node:fs/promises";
import path from "node:path";
import { describeIssues, readJson, seedDataDir } from "./read-files";
import { seedCityTranslationFileSchema, seedTaxonomyTranslationSchema, translationLocales } from "./translation-schema";
import type { SeedCityTranslationFile, SeedTaxonomyTranslation, TranslationLocale } from "./translation-schema";

export type SeedLocaleTranslations = {
  locale: TranslationLocale;
  taxonomy: SeedTaxonomyTranslation | null;
  cities: SeedCityTranslationFile[];
};

export const seedTranslationsDir = path.join(seedDataDir, "translations");

function fail(file: string, issues: { path: PropertyKey[]; message: string }[]): never {
  throw new Error(describeIssues(file, issues).join("\n"));
}

async function readLocale(dir: string, locale: TranslationLocale): Promise<SeedLocaleTranslations> {
  const folder = path.join(dir, locale);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  let taxonomy: SeedTaxonomyTranslation | null = null;
  const cities: SeedCityTranslationFile[] = [];
  for (const name of names) {
    const file = path.join(locale, name);
    const json = await readJson(path.join(folder, name));
    if (name === "taxonomy.json") {
      const parsed = seedTaxonomyTranslationSchema.safeParse(json);
      if (!parsed.success) fail(file, parsed.error.issues);
      taxonomy = parsed.data;
    } else {
      const parsed = seedCityTranslationFileSchema.safeParse(json);
      if (!parsed.success) fail(file, parsed.error.issues);
      if (`${parsed.data.city}.json` !== name) throw new Error(`${file}: file name must be <city slug>.json`);
      cities.push(parsed.data);
    }
    if ((taxonomy?.locale ?? locale) !== locale || cities.some((c) => c.locale !== locale)) {
      throw new Error(`${file}: locale does not match its folder ${locale}`);
    }
  }
  return { locale, taxonomy, cities };
}

// Reads and validates every translation file; throws naming the first bad file.
export async function readSeedTranslations(dir = seedTranslationsDir): Promise<SeedLocaleTranslations[]> {
  return Promise.all(translationLocales.map((locale) => readLocale(dir, locale)));
}

/** The names every translation keeps as they are (translations/glossary.json). */
export async function readGlossary(dir = seedTranslationsDir): Promise<string[]> {
  return ((await readJson(path.join(dir, "glossary.json"))) as { terms: string[] }).terms;
}
