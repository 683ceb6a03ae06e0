import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "./policy";
import type { ActingUser } from "./types";

// The records in a user's reach, as `where` fragments that the admin queries spread in.
// Every fragment checks role, disabled flag and join tables at query time. `activeAdmin`
// is the database's answer for an ADMIN (scope-data.ts asks it), so an ActingUser that
// merely claims the role gets nothing.

export type ScopeFacts = { activeAdmin: boolean };

const noOffer = { id: { in: [] as string[] } } satisfies Prisma.OfferWhereInput;
const noCity = { id: { in: [] as string[] } } satisfies Prisma.CityWhereInput;
const noProvider = { id: { in: [] as string[] } } satisfies Prisma.ProviderWhereInput;

const cityEditorOf = (user: ActingUser) => ({
  editors: { some: { userId: user.id, user: { role: "CITY_EDITOR" as const, disabled: false } } },
});
const providerEditorOf = (user: ActingUser) => ({
  editors: { some: { userId: user.id, user: { role: "PROVIDER_EDITOR" as const, disabled: false } } },
});

/** The offers the user may read and change. */
export function offerWhere(user: ActingUser, facts: ScopeFacts): Prisma.OfferWhereInput {
  switch (user.role) {
    case "ADMIN":
      return facts.activeAdmin ? {} : noOffer;
    case "CITY_EDITOR":
      return { city: cityEditorOf(user) };
    case "PROVIDER_EDITOR":
      return { provider: providerEditorOf(user) };
    default:
      return noOffer;
  }
}

/** The offers whose pending changes the user may decide on. */
export function reviewableOfferWhere(user: ActingUser, facts: ScopeFacts): Prisma.OfferWhereInput {
  return can(user, "review.decide") ? offerWhere(user, facts) : noOffer;
}

/** The cities in which the user may create offers (a PROVIDER_EDITOR: those of their Träger). */
export function creatableCityWhere(user: ActingUser, facts: ScopeFacts): Prisma.CityWhereInput {
  switch (user.role) {
    case "ADMIN":
      return facts.activeAdmin ? {} : noCity;
    case "CITY_EDITOR":
      return cityEditorOf(user);
    case "PROVIDER_EDITOR":
      return { providers: { some: providerEditorOf(user) } };
    default:
      return noCity;
  }
}

/** Cities whose Träger and districts the user may change: ADMIN all, CITY_EDITOR their own. */
export function editableCityWhere(user: ActingUser, facts: ScopeFacts): Prisma.CityWhereInput {
  if (user.role === "ADMIN") return facts.activeAdmin ? {} : noCity;
  if (user.role === "CITY_EDITOR") return cityEditorOf(user);
  return noCity;
}

/** Träger the user may change. A PROVIDER_EDITOR changes none; a CITY_EDITOR those of their cities. */
export function editableProviderWhere(user: ActingUser, facts: ScopeFacts): Prisma.ProviderWhereInput {
  if (!can(user, "provider.edit")) return noProvider;
  return user.role === "CITY_EDITOR" ? { city: editableCityWhere(user, facts) } : facts.activeAdmin ? {} : noProvider;
}

/** Träger the user may see in the list: the editable ones, and for a PROVIDER_EDITOR their own. */
export function readableProviderWhere(user: ActingUser, facts: ScopeFacts): Prisma.ProviderWhereInput {
  return user.role === "PROVIDER_EDITOR" ? providerEditorOf(user) : editableProviderWhere(user, facts);
}

/**
 * Träger the user may assign to an offer of this city: a PROVIDER_EDITOR only their
 * own (so an offer can never leave their reach), everyone else the city's own Träger
 * and those without a city.
 */
export function providerChoiceWhere(user: ActingUser, cityId: string): Prisma.ProviderWhereInput {
  return user.role === "PROVIDER_EDITOR" ? providerEditorOf(user) : { OR: [{ cityId }, { cityId: null }] };
}
