import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "../audit/mutations";
import { isActiveAdmin } from "../auth/data";
import { pickFreeSlug, toSlugPart } from "../csv/slug";
import { can } from "../policy";
import { editableCityScopeFor, editableProviderScopeFor } from "../scope-data";
import type { ActingContext } from "../types";
import type { ProviderCreateInput, ProviderUpdateInput } from "./schema";

export type ProviderValues = Pick<ProviderCreateInput, "name" | "kind" | "umbrella" | "website" | "cityId">;

export type ProviderMutationResult =
  | { status: "saved"; providerId: string; citySlugs: string[] }
  | { status: "notFound" }
  | { status: "invalidCity" }
  | { status: "conflict" };

// Thrown inside the transaction to roll it back when the version check fails at write time.
class VersionConflict extends Error {}

/** The city's slug when the acting user may put a Träger there; "" for no city (ADMIN only); null when refused. */
async function checkCity(tx: Prisma.TransactionClient, ctx: ActingContext, cityId: string | null): Promise<string | null> {
  if (cityId === null) return can(ctx.user, "provider.edit", { cityId: null }) && (await isActiveAdmin(ctx.user.id)) ? "" : null;
  const city = await tx.city.findFirst({ where: { id: cityId, ...(await editableCityScopeFor(ctx.user)) }, select: { slug: true } });
  return city?.slug ?? null;
}

function pickValues(input: ProviderValues): ProviderValues {
  return { name: input.name, kind: input.kind, umbrella: input.umbrella, website: input.website, cityId: input.cityId };
}

export async function createProvider(ctx: ActingContext, input: ProviderCreateInput): Promise<ProviderMutationResult> {
  return getDb().$transaction(async (tx): Promise<ProviderMutationResult> => {
    const citySlug = await checkCity(tx, ctx, input.cityId);
    if (citySlug === null) return { status: "invalidCity" };
    const base = toSlugPart(input.name).slice(0, 90) || "traeger";
    const taken = await tx.provider.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const after = pickValues(input);
    const created = await tx.provider.create({
      data: { ...after, slug: pickFreeSlug(base, new Set(taken.map((p) => p.slug))) },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "provider.create",
      entityType: "provider",
      entityId: created.id,
      after,
      ip: ctx.ip,
    });
    return { status: "saved", providerId: created.id, citySlugs: citySlug ? [citySlug] : [] };
  });
}

/** Saves only when the Träger is in the user's scope AND still has the version the form was loaded with. */
export async function updateProvider(ctx: ActingContext, input: ProviderUpdateInput): Promise<ProviderMutationResult> {
  const scope = await editableProviderScopeFor(ctx.user);
  try {
    return await getDb().$transaction(async (tx): Promise<ProviderMutationResult> => {
      const row = await tx.provider.findFirst({
        where: { id: input.providerId, ...scope },
        select: { name: true, kind: true, umbrella: true, website: true, cityId: true, version: true, city: { select: { slug: true } } },
      });
      if (!row) return { status: "notFound" };
      if (row.version !== input.version) return { status: "conflict" };
      const citySlug = await checkCity(tx, ctx, input.cityId);
      if (citySlug === null) return { status: "invalidCity" };
      const after = pickValues(input);
      const written = await tx.provider.updateMany({
        where: { id: input.providerId, version: input.version, ...scope },
        data: { ...after, version: { increment: 1 } },
      });
      if (written.count !== 1) throw new VersionConflict();
      const before = pickValues(row);
      await writeAuditEntry(tx, {
        actor: ctx.user,
        action: "provider.update",
        entityType: "provider",
        entityId: input.providerId,
        before,
        after,
        ip: ctx.ip,
      });
      const citySlugs = [...new Set([row.city?.slug, citySlug].filter((s): s is string => Boolean(s)))];
      return { status: "saved", providerId: input.providerId, citySlugs };
    });
  } catch (error) {
    if (error instanceof VersionConflict) return { status: "conflict" };
    throw error;
  }
}
