import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { getOfferForEdit } from "../data";
import { updateOffer } from "../mutations";
import { readSnapshot, toEditValues, toSaveInput } from "../review/save-input";
import type { ActingContext, OfferUpdateResult } from "../types";
import { restorableSides } from "./rules";

export type RestoreInput = { offerId: string; entryId: string; side: "before" | "after"; version: number; locale: Locale };

/**
 * Restores the offer's state recorded in one audit entry as a NEW change through
 * the locked save path: applied at once for reviewers, a pending revision for a
 * PROVIDER_EDITOR. `version` is the one the user saw, so a restore cannot
 * silently overwrite a change made in the meantime.
 */
export async function restoreOfferVersion(ctx: ActingContext, input: RestoreInput): Promise<OfferUpdateResult> {
  const current = await getOfferForEdit(ctx.user, input.offerId);
  if (!current) return { status: "notFound" };
  const entry = await getDb().auditEntry.findFirst({
    where: { id: input.entryId, entityType: "offer", entityId: current.id, action: { in: Object.keys(restorableSides) } },
    select: { action: true, before: true, after: true },
  });
  if (!entry || !restorableSides[entry.action]?.includes(input.side)) return { status: "notFound" };
  const snapshot = readSnapshot(entry[input.side], toEditValues(current));
  if (!snapshot) return { status: "notFound" };
  return updateOffer(ctx, toSaveInput(current, snapshot, input.version, input.locale));
}
