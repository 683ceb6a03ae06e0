import "server-only";
import { getDb } from "@/lib/db";
import { auditEntryViewSelect } from "../audit/data";
import { isActiveAdmin } from "../auth/data";
import { getOfferForEdit } from "../data";
import type { ActingUser, AuditEntryView, OfferForEdit } from "../types";
import type { HistoryAction } from "./rules";

export const historyPageSize = 50;

export type OfferHistory = { offer: OfferForEdit; entries: AuditEntryView[]; total: number; page: number; pageCount: number };

/**
 * Every audit entry about one offer, newest first, for anyone who may edit the
 * offer (all authors' entries, unlike the global log for non-admins); null when
 * the offer is missing or outside the user's scope.
 */
export async function getOfferHistory(
  user: ActingUser,
  offerId: string,
  filter: { action?: HistoryAction; page: number },
): Promise<OfferHistory | null> {
  const offer = await getOfferForEdit(user, offerId);
  if (!offer) return null;
  const where = { entityType: "offer", entityId: offer.id, ...(filter.action ? { action: filter.action } : {}) };
  const db = getDb();
  const [total, entries] = await db.$transaction([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      select: auditEntryViewSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * historyPageSize,
      take: historyPageSize,
    }),
  ]);
  // Who changed what is shared with everyone working on the offer; where from is for ADMIN only.
  const showIp = await isActiveAdmin(user.id);
  return {
    offer,
    entries: showIp ? entries : entries.map((entry) => ({ ...entry, ip: null })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / historyPageSize)),
  };
}
