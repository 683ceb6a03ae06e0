import "server-only";
import type { DatabaseClient } from "@/lib/database/client";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { csvTextFields, offerTextFields, textSelect } from "../offers/fields";
import { findChoosableProviders } from "../data";
import { can } from "../policy";
import { cityScopeFor, offerScopeFor } from "../scope-data";
import type { ActingUser } from "../types";
import { dueForVerificationOrder, dueForVerificationWhere } from "../verification/data";
import type { ExportOffer } from "./export";
import type { CsvTable } from "./parse";
import { collectReferences, planOfferImport, validateCsvRows } from "./plan";
import type { ExistingOffer, ImportLookup, ImportPlan } from "./plan";

const csvTextSelect = textSelect(csvTextFields(offerTextFields));

/** The client or the import's transaction: the dry run and the import read alike. */
export type ImportReader = Pick<DatabaseClient, "city" | "offer" | "offerType" | "provider">;

export async function loadImportLookup(
  client: ImportReader,
  user: ActingUser,
  refs: ReturnType<typeof collectReferences>,
): Promise<ImportLookup> {
  const [offerScope, cityScope] = await Promise.all([offerScopeFor(user), cityScopeFor(user)]);
  const cities = await client.city.findMany({ where: { slug: { in: refs.cities } }, select: { id: true, slug: true, name: true } });
  const inScope = new Set(
    (await client.city.findMany({ where: { AND: [{ slug: { in: refs.cities } }, cityScope] }, select: { id: true } })).map((c) => c.id),
  );
  const types = await client.offerType.findMany({ where: { slug: { in: refs.types } }, select: { id: true, slug: true } });
  const providers = await client.provider.findMany({ where: { slug: { in: refs.providers } }, select: { id: true, slug: true } });
  const offers = await client.offer.findMany({
    where: { AND: [{ id: { in: refs.offerIds } }, offerScope] },
    select: {
      id: true,
      slug: true,
      version: true,
      status: true,
      publishedAt: true,
      servesWholeCity: true,
      ...csvTextSelect,
      city: { select: { id: true, slug: true, name: true } },
      type: { select: { slug: true } },
      provider: { select: { slug: true } },
      districts: { select: { districtId: true }, orderBy: { districtId: "asc" } },
    },
  });
  const existing = offers.map(({ city, type, provider, districts, ...offer }): ExistingOffer => ({
    ...offer,
    districtIds: districts.map((d) => d.districtId),
    cityId: city.id,
    citySlug: city.slug,
    cityName: city.name,
    type: type.slug,
    provider: provider?.slug ?? null,
  }));
  // The form's Träger choices for each city a row may write to; one query after the
  // other, because the queries of a transaction share one connection.
  const choosableProviders = new Map<string, Set<string>>();
  if (refs.providers.length > 0) {
    for (const cityId of new Set([...inScope, ...existing.map((o) => o.cityId)])) {
      const choosable = await findChoosableProviders(client, user, cityId, { slug: { in: refs.providers } });
      choosableProviders.set(cityId, new Set(choosable.map((p) => p.slug)));
    }
  }
  return {
    role: user.role,
    cities: new Map(cities.map((c) => [c.slug, { ...c, inScope: inScope.has(c.id) }])),
    types: new Map(types.map((t) => [t.slug, { id: t.id }])),
    providers: new Map(providers.map((p) => [p.slug, { id: p.id }])),
    offers: new Map(existing.map((o) => [o.id, o])),
    choosableProviders,
  };
}

/** The dry run: reads only. null when the user may not import at all. */
export async function checkOfferImport(user: ActingUser, table: CsvTable): Promise<ImportPlan | null> {
  if (!can(user, "offer.import")) return null;
  const { rows, errors } = validateCsvRows(table);
  const lookup = await loadImportLookup(getDb(), user, collectReferences(rows));
  return planOfferImport(rows, lookup, errors);
}

export const maxExportRows = 20_000;

export type ExportFilter = {
  list: "offers" | "verification";
  cityId?: string;
  providerId?: string;
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
};

/** The offers of a filtered admin list, in the list's order; null when there are more than maxExportRows. */
export async function listOffersForExport(user: ActingUser, filter: ExportFilter, today: string): Promise<ExportOffer[] | null> {
  const where: Prisma.OfferWhereInput = {
    AND: [
      await offerScopeFor(user),
      filter.list === "verification" ? dueForVerificationWhere(today) : {},
      filter.cityId ? { cityId: filter.cityId } : {},
      filter.providerId ? { providerId: filter.providerId } : {},
      filter.status ? { status: filter.status } : {},
    ],
  };
  const db = getDb();
  if ((await db.offer.count({ where })) > maxExportRows) return null;
  const rows = await db.offer.findMany({
    where,
    select: {
      id: true,
      version: true,
      slug: true,
      status: true,
      servesWholeCity: true,
      ...csvTextSelect,
      lastVerifiedAt: true,
      city: { select: { slug: true } },
      type: { select: { slug: true } },
      provider: { select: { slug: true } },
    },
    orderBy: filter.list === "verification" ? dueForVerificationOrder : [{ city: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
  });
  return rows.map(({ city, type, provider, ...row }) => ({
    ...row,
    citySlug: city.slug,
    typeSlug: type.slug,
    providerSlug: provider?.slug ?? null,
  }));
}
