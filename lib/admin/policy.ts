import type { ActingUser, Role } from "./types";

// What each role may do, in one table. Pages and components ask it to decide what to
// show; the data layer asks it too, and then also derives the records in reach from the
// database (scope-data.ts), so a forged role in an ActingUser reaches nothing more.

export type PolicyAction =
  /** Save an offer without review (a PROVIDER_EDITOR's changes wait for it). */
  | "offer.publish"
  /**
   * A PROVIDER_EDITOR's changes must wait for review, and the review workflow has no
   * pending revision for a new offer yet, so an import by them could only bypass it.
   */
  | "offer.import"
  /** Revisions hold the German record only: an unreviewed translation must not go public. */
  | "offer.translate"
  /** Give an offer a Träger (record.providerId); none would take it out of a PROVIDER_EDITOR's reach. */
  | "offer.assignProvider"
  /** Create or change a Träger; one without a city (record.cityId null) belongs to no editor's city. */
  | "provider.edit"
  | "district.edit"
  /** Decide on pending revisions: never a PROVIDER_EDITOR, whose changes are what gets reviewed. */
  | "review.decide"
  /** Record a check of an offer: it would not wait for review, so not for a PROVIDER_EDITOR. */
  | "verification.mark"
  /** List and invite accounts, lift sign-in locks. */
  | "account.manage"
  /** Every city and Träger without assignments; every audit entry, with addresses. */
  | "scope.all";

/** Facts about the record acted on, for the actions whose answer depends on them. */
export type PolicyRecord = { cityId?: string | null; providerId?: string | null };

const editors: readonly Role[] = ["ADMIN", "CITY_EDITOR"];
const adminOnly: readonly Role[] = ["ADMIN"];
const everyone: readonly Role[] = ["ADMIN", "CITY_EDITOR", "PROVIDER_EDITOR"];

const rules: Record<PolicyAction, (role: Role, record: PolicyRecord) => boolean> = {
  "offer.publish": (role) => editors.includes(role),
  "offer.import": (role) => editors.includes(role),
  "offer.translate": (role) => editors.includes(role),
  "offer.assignProvider": (role, record) => (record.providerId === null ? editors : everyone).includes(role),
  "provider.edit": (role, record) => (record.cityId === null ? adminOnly : editors).includes(role),
  "district.edit": (role) => editors.includes(role),
  "review.decide": (role) => editors.includes(role),
  "verification.mark": (role) => editors.includes(role),
  "account.manage": (role) => adminOnly.includes(role),
  "scope.all": (role) => adminOnly.includes(role),
};

export function can(user: Pick<ActingUser, "role">, action: PolicyAction, record: PolicyRecord = {}): boolean {
  return rules[action](user.role, record);
}
