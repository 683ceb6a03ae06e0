import type { DistrictKind } from "@/lib/generated/prisma/enums";
export type Term = { slug: string; name: string };

/** A content text as shown to one reader: a translation, or the German original as fallback. */
export type LocalizedText = {
  text: string;
  /** BCP 47 tag of the language the text is in, e.g. "de" for the German fallback. */
  lang: string;
  /** false: a (machine) translation no person has checked yet. The German original counts as reviewed. */
  reviewed: boolean;
};

/** A taxonomy term (type, Handlungsfeld, target group, accessibility feature) in the reader's language. */
export type LocalizedTerm = { slug: string; name: LocalizedText };

export type CitySummary = {
  slug: string;
  name: string;
  bundesland: string;
  offerCount: number;
  districtCount: number;
};

export type OfferListItem = {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  phone: string | null;
  phoneDialable: string | null;
  servesWholeCity: boolean;
  type: LocalizedTerm;
  providerName: string | null;
  districts: Term[];
};

/** The offer a city names as the one to call first, with the way to reach it. */
export type FirstContact = {
  city: Term;
  slug: string;
  name: LocalizedText;
  phone: string | null;
  phoneDialable: string | null;
  email: string | null;
};

/** A Stadtbezirk (or Ortsbezirk …) with the Stadtteile it is made of, as the city names them. */
export type DistrictTerm = Term & { stadtteile: string[] };

export type CityDetail = {
  slug: string;
  name: string;
  bundesland: string;
  steering: LocalizedText | null;
  delivery: LocalizedText | null;
  cooperation: LocalizedText[];
  goals: LocalizedText | null;
  fundingPriorities: LocalizedText[];
  districtKind: DistrictKind;
  districtsSource: string | null;
  sourceDocument: string | null;
  districts: DistrictTerm[];
  /** Where the Stadtteile come from (official division, named per city). */
  stadtteileSource: string | null;
  firstContact: FirstContact | null;
  siteCounts: { label: LocalizedText; count: number }[];
  offers: OfferListItem[];
};

export type ContactDetail = {
  name: string | null;
  role: string | null;
  /** The role in the reader's language where the offer's translation names it. */
  roleShown: LocalizedText | null;
  department: string | null;
  phone: string | null;
  /** E.164 for tel: links; may carry an area code the document did not print. */
  phoneDialable: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
};

export type OfferDetail = {
  slug: string;
  /** The stated project period (lib/directory/period.ts); null where the document states none. */
  validFrom: Date | null;
  validUntil: Date | null;
  periodPrecision: string | null;
  phoneDialable: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  servesWholeCity: boolean;
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
  sourceDocument: string | null;
  sourceSection: string | null;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
  type: LocalizedTerm;
  city: Term;
  provider: { name: string; kind: string; umbrella: string | null; website: string | null } | null;
  /** Other organisations the document names as partners or co-Träger. */
  partners: { name: string; website: string | null }[];
  districts: Term[];
  handlungsfelder: LocalizedTerm[];
  targetGroups: LocalizedTerm[];
  accessibility: LocalizedTerm[];
  contacts: ContactDetail[];
  openingHours: { weekday: number; opens: string; closes: string; note: string | null }[];
  /** Dates ("YYYY-MM-DD") that differ from the weekly hours, earliest first. */
  exceptions: { date: string; closed: boolean; opens: string | null; closes: string | null; note: string | null }[];
};

export type DistrictPage = {
  slug: string;
  name: string;
  kind: DistrictKind;
  stadtteile: string[];
  city: Term;
  firstContact: FirstContact | null;
  siblings: DistrictTerm[];
  offers: OfferListItem[];
};
