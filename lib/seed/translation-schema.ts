import { z } from "zod";

// prisma/seed-data/translations/<locale>.json: machine-made translations of the
// seed data, loaded as NOT reviewed. Keys are slugs of taxonomy.json / the city
// files; a missing key means "show German with a notice".
export const translationLocales = ["en", "tr", "ar", "ru", "pl", "uk", "de-x-ls"] as const;

const slugKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const text = z.string().trim().min(1);
const terms = z.record(slugKey, z.strictObject({ name: text, description: text.optional() }));

export const seedTranslationFileSchema = z.strictObject({
  locale: z.enum(translationLocales),
  note: text,
  taxonomy: z.strictObject({
    offerTypes: terms,
    handlungsfelder: terms,
    targetGroups: terms,
    accessibilityFeatures: terms,
  }),
  offers: z.record(slugKey, z.strictObject({ name: text.optional(), summary: text.max(400) })),
});

export type SeedTranslationFile = z.infer<typeof seedTranslationFileSchema>;
