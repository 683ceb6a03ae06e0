import "server-only";
import { toPrecision, toStatedValue } from "@/lib/directory/period";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSignInLockedEmails, isActiveAdmin } from "./auth/data";
import { offerTextFields, textSelect } from "./offers/fields";
import { providerChoiceWhere } from "./policy-scopes";
import { cityScopeFor, offerScopeFor } from "./scope-data";
import type { ActingUser, AdminOfferListItem, AdminUserListItem, OfferEditOptions, OfferForEdit, ScopeOption } from "./types";

export async function listOffersForUser(user: ActingUser): Promise<AdminOfferListItem[]> {
  const rows = await getDb().offer.findMany({
    where: await offerScopeFor(user),
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      updatedAt: true,
      version: true,
      city: { select: { name: true } },
      provider: { select: { name: true } },
    },
    orderBy: [{ city: { name: "asc" } }, { name: "asc" }],
    take: 2000,
  });
  return rows.map(({ city, provider, ...row }) => ({ ...row, cityName: city.name, providerName: provider?.name ?? null }));
}

export const offerEditSelect = {
  id: true,
  slug: true,
  version: true,
  status: true,
  ...textSelect(offerTextFields),
  typeId: true,
  providerId: true,
  servesWholeCity: true,
  latitude: true,
  longitude: true,
  languages: true,
  freeOfCharge: true,
  validFrom: true,
  validUntil: true,
  periodPrecision: true,
  updatedAt: true,
  city: { select: { id: true, slug: true, name: true } },
  districts: { select: { districtId: true } },
  accessibility: { select: { featureId: true } },
  targetGroups: { select: { targetGroupId: true } },
  handlungsfelder: { select: { handlungsfeldId: true } },
  openingHours: { select: { weekday: true, opens: true, closes: true, note: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
  exceptions: { select: { date: true, closed: true, opens: true, closes: true, note: true }, orderBy: { date: "asc" } },
  provider: { select: { name: true } },
  contacts: {
    select: { id: true, name: true, role: true, department: true, phone: true, email: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
} satisfies Prisma.OfferSelect;

export function toOfferForEdit(row: Prisma.OfferGetPayload<{ select: typeof offerEditSelect }>): OfferForEdit {
  const { provider, districts, accessibility, targetGroups, handlungsfelder, openingHours, exceptions, latitude, longitude, ...more } = row;
  const { validFrom, validUntil, periodPrecision, ...rest } = more;
  const precision = toPrecision(periodPrecision);
  return {
    ...rest,
    periodFrom: toStatedValue(validFrom, "start", precision),
    periodUntil: toStatedValue(validUntil, "end", precision),
    providerName: provider?.name ?? null,
    latitude: latitude === null ? null : latitude.toNumber(),
    longitude: longitude === null ? null : longitude.toNumber(),
    districtIds: districts.map((d) => d.districtId).sort(),
    accessibilityIds: accessibility.map((a) => a.featureId).sort(),
    targetGroupIds: targetGroups.map((g) => g.targetGroupId).sort(),
    handlungsfeldIds: handlungsfelder.map((h) => h.handlungsfeldId).sort(),
    hours: openingHours,
    exceptions: exceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
  };
}

/** null when the offer does not exist or lies outside the user's scope: both look the same. */
export async function getOfferForEdit(user: ActingUser, offerId: string): Promise<OfferForEdit | null> {
  const row = await getDb().offer.findFirst({ where: { id: offerId, ...(await offerScopeFor(user)) }, select: offerEditSelect });
  return row ? toOfferForEdit(row) : null;
}

/** The Träger matching `among` that the user may choose for an offer of this city. */
export async function findChoosableProviders(
  client: Pick<Prisma.TransactionClient, "provider">,
  user: ActingUser,
  cityId: string,
  among: Prisma.ProviderWhereInput,
): Promise<{ id: string; slug: string }[]> {
  return client.provider.findMany({ where: { AND: [among, providerChoiceWhere(user, cityId)] }, select: { id: true, slug: true } });
}

export async function getOfferEditOptions(user: ActingUser, cityId: string): Promise<OfferEditOptions> {
  const db = getDb();
  const named = { select: { id: true, name: true }, orderBy: [{ position: "asc" as const }, { name: "asc" as const }] };
  const [types, providers, districts, accessibility, targetGroups, handlungsfelder] = await Promise.all([
    db.offerType.findMany(named),
    db.provider.findMany({
      where: providerChoiceWhere(user, cityId),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
    db.district.findMany({ where: { cityId }, ...named }),
    db.accessibilityFeature.findMany(named),
    db.targetGroup.findMany(named),
    db.handlungsfeld.findMany(named),
  ]);
  return { types, providers, districts, accessibility, targetGroups, handlungsfelder };
}

export async function listCreatableCities(user: ActingUser): Promise<ScopeOption[]> {
  return getDb().city.findMany({ where: await cityScopeFor(user), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Accounts, for ADMIN only; anyone else gets null. */
export async function listUsers(user: ActingUser, now: Date = new Date()): Promise<AdminUserListItem[] | null> {
  if (!(await isActiveAdmin(user.id))) return null;
  // Which accounts have a password, without reading a single hash into memory.
  const withPassword = new Set(
    (await getDb().user.findMany({ where: { passwordHash: { not: null } }, select: { id: true } })).map((u) => u.id),
  );
  const rows = await getDb().user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      createdAt: true,
      cities: { select: { city: { select: { name: true } } } },
      providers: { select: { provider: { select: { name: true } } } },
    },
    orderBy: { email: "asc" },
  });
  const locked = await findSignInLockedEmails(
    rows.map((row) => row.email),
    now,
  );
  return rows.map(({ cities, providers, ...row }) => ({
    ...row,
    hasPassword: withPassword.has(row.id),
    signInLocked: locked.has(row.email),
    cities: cities.map((c) => c.city.name),
    providers: providers.map((p) => p.provider.name),
  }));
}

/** Cities and Träger an ADMIN can assign to an account; null for anyone else. */
export async function listScopeOptions(user: ActingUser): Promise<{ cities: ScopeOption[]; providers: ScopeOption[] } | null> {
  if (!(await isActiveAdmin(user.id))) return null;
  const [cities, providers] = await Promise.all([
    getDb().city.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    getDb().provider.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { cities, providers };
}
