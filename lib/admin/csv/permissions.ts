import type { ActingUser } from "../types";

/**
 * Imports are for ADMIN and CITY_EDITOR. A PROVIDER_EDITOR's changes must wait for
 * review, and the review workflow has no pending revision for a new offer yet, so an
 * import by them could only bypass it. The data layer checks the role again.
 */
export function mayImportOffers(user: Pick<ActingUser, "role">): boolean {
  return user.role === "ADMIN" || user.role === "CITY_EDITOR";
}
