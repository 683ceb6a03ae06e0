import "server-only";
import { getDb } from "@/lib/db";
import { can } from "../policy";
import { editableCityScopeFor, readableProviderScopeFor } from "../scope-data";
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

export async function listProvidersForUser(user: ActingUser): Promise<ProviderListItem[]> {
  const rows = await getDb().provider.findMany({
    where: await readableProviderScopeFor(user),
    select: {
      id: true,
      name: true,
      kind: true,
      umbrella: true,
      website: true,
      cityId: true,
      version: true,
      city: { select: { name: true } },
    },
    orderBy: [{ name: "asc" }],
    take: 2000,
  });
  const canEdit = can(user, "provider.edit");
  return rows.map(({ city, ...row }) => ({ ...row, cityName: city?.name ?? null, canEdit }));
}

export async function listEditableCities(user: ActingUser): Promise<ScopeOption[]> {
  return getDb().city.findMany({ where: await editableCityScopeFor(user), select: { id: true, name: true }, orderBy: { name: "asc" } });
}
