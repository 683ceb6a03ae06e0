import { z } from "zod";

// prisma/seed-data/translations/<locale>/: machine-made translations of the seed
// data, loaded as NOT reviewed. taxonomy.json holds the terms, <city slug>.json the
// city's organisation texts and its offers. Every city and offer entry carries the
// fingerprint (`source`) of the German texts it was made from; a stale or missing
// entry means "show German with a notice".
export const translationLocales = ["en", "tr", "ar", "ru", "pl", "uk", "de-x-ls"] as const;
export type TranslationLocale = (typeof translationLocales)[number];

const slugKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const text = z.string().trim().min(1);
const source = z.string().regex(/^[0-9a-f]{12}$/, "source: the 12-digit fingerprint printed by translations:todo");
const terms = z.record(slugKey, z.strictObject({ name: text, description: text.optional() }));

export const seedTaxonomyTranslationSchema = z.strictObject({
  locale: z.enum(translationLocales),
  note: text,
  offerTypes: terms,
  handlungsfelder: terms,
  targetGroups: terms,
  accessibilityFeatures: terms,
});

export const seedCityTranslationSchema = z.strictObject({
  source,
  steering: text.optional(),
  delivery: text.optional(),
  goals: text.optional(),
  cooperation: z.array(text),
  fundingPriorities: z.array(text),
  siteCounts: z.array(text),
});

export const seedOfferTranslationSchema = z.strictObject({
  source,
  /** Proper names stay as they are: then this is the German name. */
  name: text,
  summary: text.max(400),
  /** Absent in entries kept from the first, summary-only translations: then "partial". */
  description: text.optional(),
  costNote: text.optional(),
  /** German contact role → translation. */
  roles: z.record(z.string(), text).optional(),
});

export const seedCityTranslationFileSchema = z.strictObject({
  locale: z.enum(translationLocales),
  city: slugKey,
  note: text,
  cityTexts: seedCityTranslationSchema.optional(),
  offers: z.record(slugKey, seedOfferTranslationSchema),
});

/** An entry kept from the first, summary-only translations: loaded, but not yet complete. */
export function isSummaryOnly(entry: SeedOfferTranslation): boolean {
  return entry.description === undefined;
}

export type SeedTaxonomyTranslation = z.infer<typeof seedTaxonomyTranslationSchema>;
export type SeedCityTranslation = z.infer<typeof seedCityTranslationSchema>;
export type SeedOfferTranslation = z.infer<typeof seedOfferTranslationSchema>;
export type SeedCityTranslationFile = z.infer<typeof seedCityTranslationFileSchema>;
