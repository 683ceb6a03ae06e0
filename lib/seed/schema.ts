import { z } from "zod";

// The contract for the reviewed seed files in prisma/seed-data/. Every record is
// copied by hand from ../shared/seeds/; nothing here may be invented, so most
// fields are nullable: "the document does not say" is a valid answer.

export const sourceDocuments = [
  "000_abb79359de9a42c0.txt",
  "001_e3ff7fac7f41ba9f.txt",
  "002_f0e1c27eb8866a06.txt",
  "003_5ce88781380988ae.txt",
  "004_b05c73bd3200e400.txt",
] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug: lowercase ascii words joined by '-'");
const text = z.string().trim().min(1);
const optionalText = text.nullable();
const email = z.email().nullable();
// German numbers as printed ("0211-89-93577", "(0341) 123 45 67", "+49 …").
const phone = z
  .string()
  .regex(/^[+0-9()\-–/ .]{5,40}$/, "phone: digits, spaces, ()/-–. and + only")
  .nullable();
const url = z.url().nullable();
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "date: YYYY, YYYY-MM or YYYY-MM-DD as precise as printed");
const postcode = z
  .string()
  .regex(/^\d{5}$/)
  .nullable();

export const seedAddressSchema = z.strictObject({
  street: optionalText,
  postcode,
  locality: optionalText,
});

export const seedContactSchema = z.strictObject({
  name: optionalText,
  role: optionalText,
  department: optionalText,
  phone,
  email,
  street: optionalText,
  postcode,
  locality: optionalText,
});

export const providerKinds = [
  "KOMMUNE",
  "WOHLFAHRTSVERBAND",
  "VEREIN",
  "KIRCHE",
  "STIFTUNG",
  "GENOSSENSCHAFT",
  "UNTERNEHMEN",
  "SONSTIGE",
] as const;

export const umbrellaAssociations = ["AWO", "CARITAS", "DIAKONIE", "DRK", "ASB", "PARITAETISCHER", "ZWST"] as const;

export const seedProviderSchema = z.strictObject({
  slug,
  name: text,
  kind: z.enum(providerKinds),
  umbrella: z.enum(umbrellaAssociations).nullable(),
  website: url,
});

export const seedOfferSchema = z.strictObject({
  slug,
  name: text,
  summary: text.max(300),
  description: text,
  type: slug,
  provider: slug.nullable(),
  wholeCity: z.boolean(),
  districts: z.array(slug),
  address: seedAddressSchema.nullable(),
  phone,
  email,
  website: url,
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
  accessibility: z.array(slug),
  targetGroups: z.array(slug),
  handlungsfelder: z.array(slug).min(1),
  freeOfCharge: z.boolean().nullable(),
  costNote: optionalText,
  sourceDocument: z.enum(sourceDocuments),
  sourceSection: text,
  contacts: z.array(seedContactSchema),
  /** The period the document states ("2016 bis 2019" → from 2016, until 2019). */
  period: z
    .strictObject({
      from: partialDate.nullable(),
      until: partialDate.nullable(),
    })
    .optional(),
  /** Other organisations the text names as partners or co-Träger (provider slugs). */
  partners: z.array(slug).optional(),
});

export const seedSiteCountSchema = z.strictObject({
  label: text,
  count: z.number().int().positive(),
  offerType: slug.nullable(),
});

export const seedDistrictSchema = z.strictObject({
  slug,
  name: text,
});

export const seedCitySchema = z.strictObject({
  slug,
  name: text,
  bundesland: text,
  sourceDocument: z.enum(sourceDocuments),
  sourceSection: text,
  organisation: z.strictObject({
    steering: optionalText,
    delivery: optionalText,
    cooperation: z.array(text),
    goals: optionalText,
    fundingPriorities: z.array(text),
  }),
  siteCounts: z.array(seedSiteCountSchema),
  districtKind: z.enum(["STADTBEZIRK", "STADTTEIL", "ORTSTEIL", "ORTSBEZIRK", "ORTSBEIRATSBEREICH"]),
  /** Prefix for numbers printed without one in the city's own documents. */
  areaCode: z
    .string()
    .regex(/^0[1-9]\d{1,4}$/)
    .optional(),
  /** The offer a person should call first, from the documents. */
  firstContact: slug.optional(),
  districtsSource: optionalText,
  districts: z.array(seedDistrictSchema),
});

export const seedCityFileSchema = z.strictObject({
  city: seedCitySchema,
  providers: z.array(seedProviderSchema),
  offers: z.array(seedOfferSchema),
});

const termSchema = z.strictObject({
  slug,
  name: text,
  description: optionalText.optional(),
  position: z.number().int().optional(),
});

export const seedTaxonomySchema = z.strictObject({
  sourceNote: text,
  handlungsfelder: z.array(termSchema),
  offerTypes: z.array(termSchema),
  targetGroups: z.array(termSchema),
  accessibilityFeatures: z.array(termSchema),
});

// prisma/seed-data/stadtteile/<city>.json: the official subdivision of each district.
export const seedStadtteileSchema = z.strictObject({
  city: slug,
  kind: text,
  source: text,
  districts: z.record(slug, z.array(text).min(1)),
});

export type SeedStadtteile = z.infer<typeof seedStadtteileSchema>;
export type SeedCityFile = z.infer<typeof seedCityFileSchema>;
export type SeedOffer = z.infer<typeof seedOfferSchema>;
export type SeedTaxonomy = z.infer<typeof seedTaxonomySchema>;
