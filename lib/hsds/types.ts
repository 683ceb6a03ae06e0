// Rows read by lib/hsds/data.ts and turned into HSDS records by lib/hsds/map.ts.

export const taxonomyKeys = ["offer-type", "handlungsfeld", "target-group", "accessibility"] as const;
export type TaxonomyKey = (typeof taxonomyKeys)[number];

export type TermRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  /** { [locale]: { name?, description? } } as stored in the taxonomy tables */
  translations: unknown;
};

export type TaxonomyTermRow = TermRow & { taxonomy: TaxonomyKey };

export type ProviderRow = {
  id: string;
  name: string;
  kind: string;
  umbrella: string | null;
  website: string | null;
};

export type ContactRow = {
  id: string;
  name: string | null;
  role: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
};

export type OpeningHoursRow = { id: string; weekday: number; opens: string; closes: string; note: string | null };

export type OfferTranslationRow = { name: string | null; summary: string | null; description: string | null };

export type OfferRow = {
  id: string;
  name: string;
  summary: string;
  description: string;
  servesWholeCity: boolean;
  validUntil: Date | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  freeOfCharge: boolean | null;
  costNote: string | null;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
  type: TermRow;
  city: { id: string; name: string; bundesland: string };
  provider: ProviderRow | null;
  /** Other organisations the source names as partners or co-Träger. */
  partners: ProviderRow[];
  sourceDocument: string | null;
  sourceSection: string | null;
  districts: { id: string; name: string }[];
  handlungsfelder: TermRow[];
  targetGroups: TermRow[];
  accessibility: TermRow[];
  contacts: ContactRow[];
  openingHours: OpeningHoursRow[];
  translation: OfferTranslationRow | null;
};

export type Counted<T> = { total: number; rows: T[] };
