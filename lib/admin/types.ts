import type { OfferTextValues } from "./offers/fields";

export type Role = "ADMIN" | "CITY_EDITOR" | "PROVIDER_EDITOR";

export const roles: readonly Role[] = ["ADMIN", "CITY_EDITOR", "PROVIDER_EDITOR"];

/**
 * The signed-in person as loaded from the database for this request. The data layer
 * takes it as the acting user and derives every scope from the join tables at query
 * time, so a stale or forged cities list cannot widen what it reaches.
 */
export type ActingUser = { id: string; email: string; role: Role };

/** Who acts and from where: every mutation needs both for the audit log. */
export type ActingContext = { user: ActingUser; ip: string | null };

export type SessionUser = ActingUser & { sessionId: string; name: string | null };

export type AdminOfferListItem = {
  id: string;
  slug: string;
  name: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  cityName: string;
  providerName: string | null;
  updatedAt: Date;
  version: number;
};

export type OfferContactValues = {
  id: string | null;
  name: string | null;
  role: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
};

/** The fields the offer edit form changes; also the before/after of audit entries and revisions. */
export type OfferEditValues = OfferTextValues & {
  contacts: OfferContactValues[];
  typeId: string;
  providerId: string | null;
  /** Optional because revisions leave it out (review/save-input.ts); archive and restore are their own actions. */
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  servesWholeCity: boolean;
  districtIds: string[];
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  accessibilityIds: string[];
  targetGroupIds: string[];
  handlungsfeldIds: string[];
  freeOfCharge: boolean | null;
  /** The stated project period ("2014-09" … "2017-08"); null: open-ended or not stated. */
  periodFrom: string | null;
  periodUntil: string | null;
  hours: OfferHoursValues[];
  exceptions: OfferExceptionValues[];
};

export type OfferHoursValues = { weekday: number; opens: string; closes: string; note: string | null };

/** date is YYYY-MM-DD; opens/closes are null when closed. */
export type OfferExceptionValues = { date: string; closed: boolean; opens: string | null; closes: string | null; note: string | null };

export type EditChoice = { id: string; name: string };

/** The choices of the offer form, limited to what the acting user may pick. */
export type OfferEditOptions = {
  types: EditChoice[];
  providers: EditChoice[];
  districts: EditChoice[];
  accessibility: EditChoice[];
  targetGroups: EditChoice[];
  handlungsfelder: EditChoice[];
};

export type OfferForEdit = OfferEditValues & {
  id: string;
  slug: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  city: { id: string; slug: string; name: string };
  providerName: string | null;
  updatedAt: Date;
};

export type OfferUpdateResult =
  | { status: "saved"; version: number; offerSlug: string; citySlug: string }
  | { status: "submitted"; revisionId: string }
  | { status: "conflict"; current: OfferForEdit }
  | { status: "notFound" }
  | { status: "invalidContact" }
  | { status: "invalidChoice" };

export type OfferCreateResult =
  | { status: "created"; offerId: string; offerSlug: string; citySlug: string; published: boolean }
  | { status: "notFound" }
  | { status: "invalidChoice" };

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AdminUserListItem = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  /** Its own failed sign-ins pause it; an ADMIN can lift that on the users page. */
  signInLocked: boolean;
  cities: string[];
  providers: string[];
  createdAt: Date;
};

export type ScopeOption = { id: string; name: string };

export type OfferTranslationValues = {
  locale: string;
  name: string | null;
  summary: string | null;
  description: string | null;
  reviewed: boolean;
  /** Who marked it reviewed, and when (ISO); null while unreviewed. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Made from German that has changed since (or from an unknown German text). */
  outdated: boolean;
};

/** The German text beside the stored translations of every other locale. */
export type OfferTranslationsForEdit = {
  id: string;
  name: string;
  summary: string;
  description: string;
  /** What the form sends back: the save succeeds only while the offer still has it. */
  translationsVersion: number;
  translations: OfferTranslationValues[];
};

export type OfferTranslationsResult =
  | { status: "saved"; translationsVersion: number; offerSlug: string; citySlug: string }
  | { status: "conflict"; current: OfferTranslationsForEdit }
  | { status: "notFound" }
  | { status: "forbidden" };
