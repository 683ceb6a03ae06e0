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
export type OfferEditValues = {
  name: string;
  summary: string;
  description: string;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  contacts: OfferContactValues[];
};

export type OfferForEdit = OfferEditValues & {
  id: string;
  slug: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  city: { slug: string; name: string };
  providerName: string | null;
  updatedAt: Date;
};

export type OfferUpdateResult =
  | { status: "saved"; version: number; offerSlug: string; citySlug: string }
  | { status: "submitted"; revisionId: string }
  | { status: "conflict"; current: OfferForEdit }
  | { status: "notFound" }
  | { status: "invalidContact" };

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
  cities: string[];
  providers: string[];
  createdAt: Date;
};

export type ScopeOption = { id: string; name: string };
