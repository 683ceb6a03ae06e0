import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { can } from "../policy";
import { offerScopeFor } from "../scope-data";
import type { ActingContext } from "../types";
import { getBerlinToday, toDateValue, toDayString } from "./rules";

export type MarkVerifiedResult =
  | { status: "verified"; offerSlug: string; citySlug: string; verifiedOn: string; version: number }
  | { status: "conflict" }
  | { status: "notFound" }
  | { status: "forbidden" };

/**
 * Records that a person checked the offer today (Berlin). Only ADMIN and CITY_EDITOR:
 * a PROVIDER_EDITOR's changes wait for review, and this one would not. The offer must
 * be in scope and still have the version the person looked at.
 */
export async function markOfferVerified(
  ctx: ActingContext,
  input: { offerId: string; version: number },
  now: Date,
): Promise<MarkVerifiedResult> {
  if (!can(ctx.user, "verification.mark")) return { status: "forbidden" };
  const scope = await offerScopeFor(ctx.user);
  const today = getBerlinToday(now);
  return getDb().$transaction(async (tx): Promise<MarkVerifiedResult> => {
    const row = await tx.offer.findFirst({
      where: { AND: [{ id: input.offerId }, scope] },
      select: { id: true, slug: true, version: true, lastVerifiedAt: true, city: { select: { slug: true } } },
    });
    if (!row) return { status: "notFound" };
    if (row.version !== input.version) return { status: "conflict" };
    const { count } = await tx.offer.updateMany({
      where: { AND: [{ id: row.id, version: input.version }, scope] },
      data: { lastVerifiedAt: toDateValue(today), version: { increment: 1 } },
    });
    // A concurrent save committed first: nothing was written here.
    if (count !== 1) return { status: "conflict" };
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "offer.verify",
      entityType: "offer",
      entityId: row.id,
      before: { lastVerifiedAt: row.lastVerifiedAt ? toDayString(row.lastVerifiedAt) : null, version: row.version },
      after: { lastVerifiedAt: today, version: row.version + 1 },
      ip: ctx.ip,
    });
    return { status: "verified", offerSlug: row.slug, citySlug: row.city.slug, verifiedOn: today, version: row.version + 1 };
  });
}
