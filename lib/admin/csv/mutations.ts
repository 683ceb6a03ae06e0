import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "../audit/mutations";
import { districtsFor } from "../offer-rules";
import { offerScopeFor } from "../data";
import type { ActingContext } from "../types";
import { loadImportLookup } from "./data";
import type { ExportFilter } from "./data";
import type { CsvTable } from "./parse";
import { mayImportOffers } from "./permissions";
import { collectReferences, planOfferImport, validateCsvRows } from "./plan";
import type { ImportLookup, OfferImportValues, PlannedRow, RowError } from "./plan";
import { pickFreeSlug, toOfferSlugBase } from "./slug";

export type ImportResult =
  | { status: "imported"; created: number; updated: number; unchanged: number; citySlugs: string[]; offerSlugs: string[] }
  /** The file (or the data it refers to) has errors: nothing was written. */
  | { status: "invalid"; errors: RowError[]; planned: PlannedRow[] }
  /** Someone changed an offer or took a slug while the import ran: nothing was written. */
  | { status: "conflict" }
  | { status: "forbidden" };

// Thrown inside the transaction to roll back every row written so far.
class ImportConflict extends Error {}

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
  if (!mayImportOffers(ctx.user)) return { status: "forbidden" };
  const { rows, errors } = validateCsvRows(table);
  const refs = collectReferences(rows);
  const scope = await offerScopeFor(ctx.user);
  try {
    return await getDb().$transaction(
      async (tx): Promise<ImportResult> => {
        const lookup = await loadImportLookup(tx, ctx.user, refs);
        const plan = planOfferImport(rows, lookup, errors);
        if (plan.errors.length > 0) return { status: "invalid", ...plan };

        const creates = plan.planned.filter((p) => p.action === "create");
        const bases = creates.map((p) => toOfferSlugBase(p.citySlug, p.values.name));
        const taken = new Set(
          bases.length === 0
            ? []
            : (await tx.offer.findMany({ where: { OR: [...new Set(bases)].map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } })).map((o) => o.slug),
        );
        const citySlugs = new Set<string>();
        const offerSlugs = new Set<string>();
        let created = 0;
        let updated = 0;

        for (const item of plan.planned) {
          if (item.action === "unchanged") continue;
          if (item.action === "create") {
            const slug = pickFreeSlug(toOfferSlugBase(item.citySlug, item.values.name), taken);
            taken.add(slug);
            const offer = await tx.offer.create({
              data: {
                ...toColumns(item.values, lookup),
                name: item.values.name,
                summary: item.values.summary,
                description: item.values.description,
                typeId: lookup.types.get(item.values.type)!.id,
                slug,
                cityId: item.cityId,
                sourceDocument: "CSV-Import",
                publishedAt: item.values.status === "PUBLISHED" ? now : null,
              },
              select: { id: true },
            });
            await writeAuditEntry(tx, {
              actor: ctx.user,
              action: "offer.create",
              entityType: "offer",
              entityId: offer.id,
              after: { ...item.values, slug, city: item.citySlug, source: "csv" },
              ip: ctx.ip,
            });
            citySlugs.add(item.citySlug);
            offerSlugs.add(slug);
            created += 1;
            continue;
          }
          const { offer } = item;
          const publish = item.changes.status === "PUBLISHED" && offer.publishedAt === null;
          const { count } = await tx.offer.updateMany({
            where: { AND: [{ id: offer.id, version: offer.version }, scope] },
            data: { ...toColumns(item.changes, lookup), ...(publish ? { publishedAt: now } : {}), version: { increment: 1 } },
          });
          if (count !== 1) throw new ImportConflict();
          const districtIds = districtsFor(item.values.servesWholeCity, offer.districtIds);
          const dropsDistricts = districtIds.length !== offer.districtIds.length;
          if (dropsDistricts) await tx.offerDistrict.deleteMany({ where: { offerId: offer.id, districtId: { notIn: districtIds } } });
          await writeAuditEntry(tx, {
            actor: ctx.user,
            action: "offer.update",
            entityType: "offer",
            entityId: offer.id,
            before: { ...item.before, ...(dropsDistricts ? { districtIds: offer.districtIds } : {}), version: offer.version },
            after: { ...item.changes, ...(dropsDistricts ? { districtIds } : {}), version: offer.version + 1, source: "csv" },
            ip: ctx.ip,
          });
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
    if (error instanceof ImportConflict) return { status: "conflict" };
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
    after: { list: filter.list, cityId: filter.cityId ?? null, providerId: filter.providerId ?? null, status: filter.status ?? null, count },
    ip: ctx.ip,
  });
}
