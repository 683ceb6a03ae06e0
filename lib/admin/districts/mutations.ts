import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { toSlugPart } from "../csv/slug";
import { editableCityScopeFor } from "../scope-data";
import type { ActingContext } from "../types";
import type { DistrictCreateInput, DistrictRenameInput } from "./schema";

export type DistrictMutationResult =
  { status: "saved"; districtId: string; citySlug: string } | { status: "notFound" } | { status: "taken" };

export function toDistrictSlug(name: string): string {
  return toSlugPart(name).slice(0, 80) || "bezirk";
}

export async function createDistrict(ctx: ActingContext, input: DistrictCreateInput): Promise<DistrictMutationResult> {
  const cityScope = await editableCityScopeFor(ctx.user);
  return getDb().$transaction(async (tx): Promise<DistrictMutationResult> => {
    const city = await tx.city.findFirst({ where: { id: input.cityId, ...cityScope }, select: { slug: true } });
    if (!city) return { status: "notFound" };
    const slug = toDistrictSlug(input.name);
    // "Nord" and "Nörd" fold to one slug: a second district of that name is refused, not numbered.
    if ((await tx.district.count({ where: { cityId: input.cityId, slug } })) > 0) return { status: "taken" };
    const last = await tx.district.aggregate({ where: { cityId: input.cityId }, _max: { position: true } });
    const created = await tx.district.create({
      data: { cityId: input.cityId, name: input.name, slug, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "district.create",
      entityType: "district",
      entityId: created.id,
      after: { name: input.name, slug, cityId: input.cityId },
      ip: ctx.ip,
    });
    return { status: "saved", districtId: created.id, citySlug: city.slug };
  });
}

/**
 * Renames a district; the slug stays, so its public address does not change. District
 * has no version column: of two concurrent renames the last one wins (both audited).
 */
export async function renameDistrict(ctx: ActingContext, input: DistrictRenameInput): Promise<DistrictMutationResult> {
  const cityScope = await editableCityScopeFor(ctx.user);
  return getDb().$transaction(async (tx): Promise<DistrictMutationResult> => {
    const row = await tx.district.findFirst({
      where: { id: input.districtId, city: cityScope },
      select: { name: true, cityId: true, city: { select: { slug: true } } },
    });
    if (!row) return { status: "notFound" };
    const clash = await tx.district.count({
      where: {
        cityId: row.cityId,
        id: { not: input.districtId },
        OR: [{ slug: toDistrictSlug(input.name) }, { name: { equals: input.name, mode: "insensitive" } }],
      },
    });
    if (clash > 0) return { status: "taken" };
    await tx.district.update({ where: { id: input.districtId }, data: { name: input.name }, select: { id: true } });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "district.rename",
      entityType: "district",
      entityId: input.districtId,
      before: { name: row.name },
      after: { name: input.name },
      ip: ctx.ip,
    });
    return { status: "saved", districtId: input.districtId, citySlug: row.city.slug };
  });
}
