import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "../audit/mutations";
import { offerEditSelect, toOfferForEdit } from "../data";
import { districtsFor } from "../offer-rules";
import { emptyTextValue, offerTextFields } from "../offers/fields";
import type { OfferTextValues } from "../offers/fields";
import { OfferVersionConflict, toStoredOffer, writeOffer } from "../offers/mutations";
import { can } from "../policy";
import { offerScopeFor } from "../scope-data";
import type { ActingContext, OfferEditValues } from "../types";
import { loadImportLookup } from "./data";
import type { ExportFilter } from "./data";
import type { CsvTable } from "./parse";
import { collectReferences, planOfferImport, validateCsvRows } from "./plan";
import type { ImportLookup, OfferImportValues, PlannedRow, RowError } from "./plan";

export type ImportResult =
  | { status: "imported"; created: number; updated: number; unchanged: number; citySlugs: string[]; offerSlugs: string[] }
  /** The file (or the data it refers to) has errors: nothing was written. */
  | { status: "invalid"; errors: RowError[]; planned: PlannedRow[] }
  /** Someone changed an offer or took a slug while the import ran: nothing was written. */
  | { status: "conflict" }
  | { status: "forbidden" };

// Thrown inside the transaction to roll back every row written so far (as is OfferVersionConflict).
class ImportConflict extends Error {}

/** A new offer's values: the file's, the rest empty; its source is the import. */
function newOfferValues(values: OfferImportValues, lookup: ImportLookup): OfferEditValues {
  const texts = Object.fromEntries(offerTextFields.map((spec) => [spec.name, emptyTextValue(spec)])) as OfferTextValues;
  const { status, servesWholeCity, type, provider, ...given } = values;
  return {
    ...texts,
    ...given,
    sourceDocument: "CSV-Import",
    typeId: lookup.types.get(type)!.id,
    providerId: provider === null ? null : lookup.providers.get(provider)!.id,
    status,
    servesWholeCity,
    districtIds: [],
    latitude: null,
    longitude: null,
    languages: [],
    accessibilityIds: [],
    targetGroupIds: [],
    handlungsfeldIds: [],
    freeOfCharge: null,
    periodFrom: null,
    periodUntil: null,
    hours: [],
    exceptions: [],
    contacts: [],
  };
}

function toColumns(values: Partial<OfferImportValues>, lookup: ImportLookup) {
  const { type, provider, ...rest } = values;
  return {
    ...rest,
    ...(type !== undefined ? { typeId: lookup.types.get(type)!.id } : {}),
    ...(provider !== undefined ? { providerId: provider === null ? null : lookup.providers.get(provider)!.id } : {}),
  };
}

/**
 * The import: checks every row again inside one transaction (what the dry run saw
 * may have changed since) and writes all rows or none. Each created or changed
 * offer gets its own audit entry; an update needs the version the file was made from.
 */
export async function importOffers(ctx: ActingContext, table: CsvTable, now: Date): Promise<ImportResult> {
  if (!can(ctx.user, "offer.import")) return { status: "forbidden" };
  const { rows, errors } = validateCsvRows(table);
  const refs = collectReferences(rows);
  const scope = await offerScopeFor(ctx.user);
  try {
    return await getDb().$transaction(
      async (tx): Promise<ImportResult> => {
        const lookup = await loadImportLookup(tx, ctx.user, refs);
        const plan = planOfferImport(rows, lookup, errors);
        if (plan.errors.length > 0) return { status: "invalid", ...plan };

        const citySlugs = new Set<string>();
        const offerSlugs = new Set<string>();
        let created = 0;
        let updated = 0;

        for (const item of plan.planned) {
          if (item.action === "unchanged") continue;
          if (item.action === "create") {
            const after = newOfferValues(item.values, lookup);
            const result = await writeOffer(tx, ctx, { cityId: item.cityId, citySlug: item.citySlug }, after, {
              scope,
              now,
              audit: ({ slug }) => ({ after: { ...item.values, slug, city: item.citySlug, source: "csv" } }),
            });
            if (result.status !== "created") throw new ImportConflict();
            citySlugs.add(item.citySlug);
            offerSlugs.add(result.offerSlug);
            created += 1;
            continue;
          }
          const { offer } = item;
          const row = await tx.offer.findFirst({ where: { AND: [{ id: offer.id }, scope] }, select: offerEditSelect });
          if (!row) throw new ImportConflict();
          const stored = { ...toStoredOffer(toOfferForEdit(row)), version: offer.version };
          const changed = { ...stored.values, ...toColumns(item.changes, lookup) };
          const districtIds = districtsFor(changed.servesWholeCity, stored.values.districtIds);
          const dropsDistricts = districtIds.length !== stored.values.districtIds.length;
          const result = await writeOffer(
            tx,
            ctx,
            stored,
            { ...changed, districtIds },
            {
              scope,
              now,
              audit: () => ({
                before: { ...item.before, ...(dropsDistricts ? { districtIds: offer.districtIds } : {}), version: offer.version },
                after: { ...item.changes, ...(dropsDistricts ? { districtIds } : {}), version: offer.version + 1, source: "csv" },
              }),
            },
          );
          if (result.status !== "saved") throw new ImportConflict();
          citySlugs.add(offer.citySlug);
          offerSlugs.add(offer.slug);
          updated += 1;
        }
        const unchanged = plan.planned.length - created - updated;
        return { status: "imported", created, updated, unchanged, citySlugs: [...citySlugs], offerSlugs: [...offerSlugs] };
      },
      // A thousand rows with their audit entries take a few seconds, well over Prisma's default of five.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof ImportConflict || error instanceof OfferVersionConflict) return { status: "conflict" };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "conflict" };
    throw error;
  }
}

/** Exports carry personal contact data out of the system: each one is in the audit log. */
export async function recordOfferExport(ctx: ActingContext, filter: ExportFilter, count: number): Promise<void> {
  await writeAuditEntry(getDb(), {
    actor: ctx.user,
    action: "offer.export",
    entityType: "offer",
    entityId: null,
    after: {
      list: filter.list,
      cityId: filter.cityId ?? null,
      providerId: filter.providerId ?? null,
      status: filter.status ?? null,
      count,
    },
    ip: ctx.ip,
  });
}
