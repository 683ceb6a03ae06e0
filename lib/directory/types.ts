export type Term = { slug: string; name: string };

export type CitySummary = {
  slug: string;
  name: string;
  bundesland: string;
  offerCount: number;
  districtCount: number;
};

export type OfferListItem = {
  slug: string;
  name: string;
  summary: string;
  phone: string | null;
  servesWholeCity: boolean;
  type: Term;
  providerName: string | null;
  districts: Term[];
};

export type CityDetail = {
  slug: string;
  name: string;
  bundesland: string;
  steering: string | null;
  delivery: string | null;
  cooperation: string[];
  goals: string | null;
  fundingPriorities: string[];
  districtKind: "STADTBEZIRK" | "STADTTEIL" | "ORTSTEIL";
  districtsSource: string | null;
  sourceDocument: string | null;
  districts: Term[];
  siteCounts: { label: string; count: number }[];
  offers: OfferListItem[];
};

export type ContactDetail = {
  name: string | null;
  role: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
};

export type OfferDetail = {
  slug: string;
  name: string;
  summary: string;
  description: string;
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
  type: Term;
  city: Term;
  provider: { name: string; kind: string; umbrella: string | null; website: string | null } | null;
  districts: Term[];
  handlungsfelder: Term[];
  targetGroups: Term[];
  accessibility: Term[];
  contacts: ContactDetail[];
  openingHours: { weekday: number; opens: string; closes: string; note: string | null }[];
  /** Dates ("YYYY-MM-DD") that differ from the weekly hours, earliest first. */
  exceptions: { date: string; closed: boolean; opens: string | null; closes: string | null; note: string | null }[];
};

export type DistrictPage = {
  slug: string;
  name: string;
  kind: "STADTBEZIRK" | "STADTTEIL" | "ORTSTEIL";
  city: Term;
  siblings: Term[];
  offers: OfferListItem[];
};
