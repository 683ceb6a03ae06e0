import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { writeAuditEntry } from "../audit/mutations";
import { getOfferForEdit } from "../data";
import { updateOffer } from "../mutations";
import type { ActingContext } from "../types";
import { reviewScopeFor } from "../scope-data";
import { readSnapshot, toEditValues, toSaveInput } from "./save-input";
import type { ReviewDecisionResult } from "./types";

export type ReviewDecisionInput = { revisionId: string; decision: "approve" | "reject"; comment: string | null; locale: Locale };

async function loadPending(ctx: ActingContext, revisionId: string) {
  const db = getDb();
  const revision = await db.revision.findFirst({
    where: { id: revisionId, entityType: "offer" },
    select: { id: true, status: true, entityId: true, baseVersion: true, after: true, authorId: true },
  });
  if (!revision) return { status: "notFound" } as const;
  const inScope = await db.offer.findFirst({ where: { id: revision.entityId, ...(await reviewScopeFor(ctx.user)) }, select: { id: true } });
  if (!inScope) return { status: "notFound" } as const;
  if (revision.authorId === ctx.user.id) return { status: "ownRevision" } as const;
  if (revision.status !== "PENDING") return { status: "alreadyReviewed" } as const;
  return { status: "ok", revision } as const;
}

/**
 * Approve or reject a pending revision. Only a CITY_EDITOR of the offer's city or an
 * ADMIN decides, never the revision's author. Approving runs the revision's "after"
 * through the same locked save as the edit form, against the version the author
 * saw: if the offer changed since, nothing is applied and the answer is a conflict.
 */
export async function decideRevision(ctx: ActingContext, input: ReviewDecisionInput): Promise<ReviewDecisionResult> {
  const loaded = await loadPending(ctx, input.revisionId);
  if (loaded.status !== "ok") return { status: loaded.status };
  const { revision } = loaded;
  const db = getDb();
  const reviewed = { reviewerId: ctx.user.id, reviewedAt: new Date(), comment: input.comment };

  if (input.decision === "reject") {
    const rejected = await db.$transaction(async (tx) => {
      const { count } = await tx.revision.updateMany({
        where: { id: revision.id, status: "PENDING" },
        data: { ...reviewed, status: "REJECTED" },
      });
      if (count !== 1) return false;
      await writeAuditEntry(tx, {
        actor: ctx.user,
        action: "revision.reject",
        entityType: "offer",
        entityId: revision.entityId,
        after: { revisionId: revision.id, comment: input.comment },
        ip: ctx.ip,
      });
      return true;
    });
    return rejected ? { status: "rejected" } : { status: "alreadyReviewed" };
  }

  const current = await getOfferForEdit(ctx.user, revision.entityId);
  if (!current) return { status: "notFound" };
  if (current.version !== revision.baseVersion) return { status: "conflict" };
  const target = readSnapshot(revision.after, toEditValues(current));
  if (!target) return { status: "notFound" };
  // Saved first, marked second: two reviewers approving at once both reach the
  // locked save, and only one of them matches the base version.
  const saved = await updateOffer(ctx, toSaveInput(current, target, revision.baseVersion, input.locale));
  if (saved.status !== "saved") return saved.status === "notFound" ? { status: "notFound" } : { status: "conflict" };
  await db.$transaction(async (tx) => {
    // Unconditional: the change IS applied now, even if a reject raced in since.
    await tx.revision.update({ where: { id: revision.id }, data: { ...reviewed, status: "APPROVED" }, select: { id: true } });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "revision.approve",
      entityType: "offer",
      entityId: revision.entityId,
      after: { revisionId: revision.id, comment: input.comment, version: saved.version },
      ip: ctx.ip,
    });
  });
  return { status: "approved", offerSlug: saved.offerSlug, citySlug: saved.citySlug };
}
