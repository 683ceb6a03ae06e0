import "server-only";
import { getDb } from "@/lib/db";
import { findOfferDetail } from "@/lib/directory/data";
import type { OfferDetail } from "@/lib/directory/types";
import type { Locale } from "@/lib/i18n/routing";
import { getOfferForEdit } from "../data";
import { offerScopeFor, reviewScopeFor } from "../scope-data";
import type { ActingUser } from "../types";
import { applyChangeToDetail } from "./preview";
import { readSnapshot, toEditValues } from "./save-input";
import type { ReviewQueueItem, RevisionForReview } from "./types";

/** Pending offer revisions in the reviewer's scope, oldest first (they have waited longest). */
export async function listPendingRevisions(user: ActingUser): Promise<ReviewQueueItem[]> {
  const db = getDb();
  const pending = await db.revision.findMany({
    where: { status: "PENDING", entityType: "offer" },
    select: { id: true, entityId: true, baseVersion: true, authorId: true, createdAt: true, author: { select: { email: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  if (pending.length === 0) return [];
  const offers = await db.offer.findMany({
    where: { id: { in: [...new Set(pending.map((r) => r.entityId))] }, ...(await reviewScopeFor(user)) },
    select: { id: true, name: true, version: true, city: { select: { name: true } } },
  });
  const byId = new Map(offers.map((o) => [o.id, o]));
  return pending.flatMap((r) => {
    const offer = byId.get(r.entityId);
    if (!offer) return [];
    return [
      {
        id: r.id,
        offerId: offer.id,
        offerName: offer.name,
        cityName: offer.city.name,
        authorEmail: r.author?.email ?? null,
        createdAt: r.createdAt,
        ownRevision: r.authorId === user.id,
        stale: offer.version !== r.baseVersion,
      },
    ];
  });
}

/** One revision with its offer, or null when either is missing or outside the reviewer's scope. */
export async function getRevisionForReview(user: ActingUser, revisionId: string): Promise<RevisionForReview | null> {
  const db = getDb();
  const revision = await db.revision.findFirst({
    where: { id: revisionId, entityType: "offer" },
    select: {
      id: true,
      status: true,
      entityId: true,
      baseVersion: true,
      before: true,
      after: true,
      authorId: true,
      comment: true,
      createdAt: true,
      reviewedAt: true,
      author: { select: { email: true } },
      reviewer: { select: { email: true } },
    },
  });
  if (!revision) return null;
  const inScope = await db.offer.findFirst({ where: { id: revision.entityId, ...(await reviewScopeFor(user)) }, select: { id: true } });
  if (!inScope) return null;
  // Read through the edit loader so that the same fields are compared as are saved.
  const offer = await getOfferForEdit(user, revision.entityId);
  if (!offer) return null;
  const known = toEditValues(offer);
  return {
    id: revision.id,
    status: revision.status,
    offerId: offer.id,
    offerSlug: offer.slug,
    offerName: offer.name,
    cityName: offer.city.name,
    baseVersion: revision.baseVersion,
    currentVersion: offer.version,
    before: readSnapshot(revision.before, known) ?? {},
    after: readSnapshot(revision.after, known) ?? {},
    authorEmail: revision.author?.email ?? null,
    reviewerEmail: revision.reviewer?.email ?? null,
    comment: revision.comment,
    createdAt: revision.createdAt,
    reviewedAt: revision.reviewedAt,
    ownRevision: revision.authorId === user.id,
    stale: offer.version !== revision.baseVersion,
  };
}

export type OfferPreview = { offerId: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; detail: OfferDetail; revisionId: string | null };

/**
 * The public offer page's data for an offer in the user's edit scope, whatever its
 * status, optionally with one of its pending changes laid over it; null when the
 * offer or the change is missing or out of scope.
 */
export async function getOfferPreview(
  user: ActingUser,
  offerId: string,
  revisionId: string | null,
  locale: Locale,
): Promise<OfferPreview | null> {
  const offer = await getOfferForEdit(user, offerId);
  if (!offer) return null;
  const detail = await findOfferDetail({ id: offer.id, ...(await offerScopeFor(user)) }, locale);
  if (!detail) return null;
  if (!revisionId) return { offerId: offer.id, status: offer.status, detail, revisionId: null };
  const revision = await getDb().revision.findFirst({
    where: { id: revisionId, entityType: "offer", entityId: offer.id, status: "PENDING" },
    select: { id: true, after: true },
  });
  if (!revision) return null;
  const after = readSnapshot(revision.after, toEditValues(offer)) ?? {};
  return { offerId: offer.id, status: offer.status, detail: applyChangeToDetail(detail, after), revisionId: revision.id };
}
