import "server-only";
import { getDb } from "@/lib/db";
import type { ActingUser, AuditEntryView } from "../types";
import { isActiveAdmin } from "../auth/data";

export const auditPageSize = 50;

/** The columns of an audit entry as the log and the offer history show it (AuditEntryView). */
export const auditEntryViewSelect = {
  id: true,
  createdAt: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
} as const;

export type AuditFilter = { entityType?: "offer" | "user" | "session"; page: number };

export type AuditPage = { entries: AuditEntryView[]; total: number; page: number; pageCount: number };

/** ADMIN sees every entry; anyone else only the entries of their own actions. */
export async function listAuditEntries(user: ActingUser, filter: AuditFilter): Promise<AuditPage> {
  const scope = (await isActiveAdmin(user.id)) ? {} : { actorId: user.id };
  const where = { ...scope, ...(filter.entityType ? { entityType: filter.entityType } : {}) };
  const [total, entries] = await getDb().$transaction([
    getDb().auditEntry.count({ where }),
    getDb().auditEntry.findMany({
      where,
      select: auditEntryViewSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * auditPageSize,
      take: auditPageSize,
    }),
  ]);
  return { entries, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / auditPageSize)) };
}

/** Audit entries about one record, newest first (for tests and the per-record history). */
export async function listAuditEntriesFor(user: ActingUser, entityType: string, entityId: string): Promise<AuditEntryView[]> {
  const scope = (await isActiveAdmin(user.id)) ? {} : { actorId: user.id };
  return getDb().auditEntry.findMany({
    where: { ...scope, entityType, entityId },
    select: auditEntryViewSelect,
    orderBy: { createdAt: "desc" },
  });
}
