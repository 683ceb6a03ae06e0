import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isActiveAdmin } from "../auth/data";
import type { ActingUser, ScopeOption } from "../types";
import type { ProviderKindValue, UmbrellaValue } from "./schema";

export type ProviderListItem = {
  id: string;
  name: string;
  kind: ProviderKindValue;
  umbrella: UmbrellaValue | null;
  website: string | null;
  cityId: string | null;
  cityName: string | null;
  version: number;
  canEdit: boolean;
};

const none = { id: { in: [] as string[] } };

/** Cities whose Träger and districts the acting user may change: ADMIN all, CITY_EDITOR their own. */
export async function editableCityWhere(user: ActingUser): Promise<Prisma.CityWhereInput> {
  if (user.role === "ADMIN") return (await isActiveAdmin(user.id)) ? {} : none;
  if (user.role === "CITY_EDITOR") return { editors: { some: { userId: user.id, user: { role: "CITY_EDITOR", disabled: false } } } };
  return none;
}

/** Träger the acting user may change. A PROVIDER_EDITOR changes none; a CITY_EDITOR those of their cities. */
export async function editableProviderWhere(user: ActingUser): Promise<Prisma.ProviderWhereInput> {
  if (user.role === "ADMIN") return (await isActiveAdmin(user.id)) ? {} : none;
  if (user.role === "CITY_EDITOR") return { city: await editableCityWhere(user) };
  return none;
}

/** Träger the acting user may see in the list: the editable ones, and for a PROVIDER_EDITOR their own. */
async function readableProviderWhere(user: ActingUser): Promise<Prisma.ProviderWhereInput> {
  if (user.role === "PROVIDER_EDITOR") return { editors: { some: { userId: user.id, user: { role: "PROVIDER_EDITOR", disabled: false } } } };
  return editableProviderWhere(user);
}

export async function listProvidersForUser(user: ActingUser): Promise<ProviderListItem[]> {
  const rows = await getDb().provider.findMany({
    where: await readableProviderWhere(user),
    select: { id: true, name: true, kind: true, umbrella: true, website: true, cityId: true, version: true, city: { select: { name: true } } },
    orderBy: [{ name: "asc" }],
    take: 2000,
  });
  const canEdit = user.role !== "PROVIDER_EDITOR";
  return rows.map(({ city, ...row }) => ({ ...row, cityName: city?.name ?? null, canEdit }));
}

export async function listEditableCities(user: ActingUser): Promise<ScopeOption[]> {
  return getDb().city.findMany({ where: await editableCityWhere(user), select: { id: true, name: true }, orderBy: { name: "asc" } });
}
