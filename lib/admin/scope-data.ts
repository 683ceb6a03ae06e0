import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isActiveAdmin } from "./auth/data";
import { can } from "./policy";
import {
  creatableCityWhere,
  editableCityWhere,
  editableProviderWhere,
  offerWhere,
  readableProviderWhere,
  reviewableOfferWhere,
} from "./policy-scopes";
import type { ScopeFacts } from "./policy-scopes";
import type { ActingUser } from "./types";

// The scoped `where` builders of policy-scopes.ts with the one fact they need from the
// database: whether a user who claims ADMIN is one and is not disabled.

async function factsFor(user: ActingUser): Promise<ScopeFacts> {
  return { activeAdmin: can(user, "scope.all") && (await isActiveAdmin(user.id)) };
}

/** Offers the user may read and change; every offer query of the admin area spreads it in. */
export async function offerScopeFor(user: ActingUser): Promise<Prisma.OfferWhereInput> {
  return offerWhere(user, await factsFor(user));
}

/** Offers whose pending changes the user may decide on. */
export async function reviewScopeFor(user: ActingUser): Promise<Prisma.OfferWhereInput> {
  return reviewableOfferWhere(user, await factsFor(user));
}

/** Cities in which the user may create offers. */
export async function cityScopeFor(user: ActingUser): Promise<Prisma.CityWhereInput> {
  return creatableCityWhere(user, await factsFor(user));
}

/** Cities whose Träger and districts the user may change. */
export async function editableCityScopeFor(user: ActingUser): Promise<Prisma.CityWhereInput> {
  return editableCityWhere(user, await factsFor(user));
}

/** Träger the user may change. */
export async function editableProviderScopeFor(user: ActingUser): Promise<Prisma.ProviderWhereInput> {
  return editableProviderWhere(user, await factsFor(user));
}

/** Träger the user may see in the list. */
export async function readableProviderScopeFor(user: ActingUser): Promise<Prisma.ProviderWhereInput> {
  return readableProviderWhere(user, await factsFor(user));
}
