import type { OfferEditValues } from "../types";

export type RevisionStatusValue = "PENDING" | "APPROVED" | "REJECTED";

export type ReviewQueueItem = {
  id: string;
  offerId: string;
  offerName: string;
  cityName: string;
  authorEmail: string | null;
  createdAt: Date;
  ownRevision: boolean;
  stale: boolean;
};

export type RevisionForReview = {
  id: string;
  status: RevisionStatusValue;
  offerId: string;
  offerSlug: string;
  offerName: string;
  cityName: string;
  baseVersion: number;
  currentVersion: number;
  before: Partial<OfferEditValues>;
  after: Partial<OfferEditValues>;
  authorEmail: string | null;
  reviewerEmail: string | null;
  comment: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  /** The reviewer wrote it: they may look, never decide. */
  ownRevision: boolean;
  /** The offer changed since the revision was written: approving would overwrite that change. */
  stale: boolean;
};

export type ReviewDecisionResult =
  | { status: "approved"; offerSlug: string; citySlug: string }
  | { status: "rejected" }
  | { status: "conflict" }
  | { status: "ownRevision" }
  | { status: "alreadyReviewed" }
  | { status: "notFound" };
