import "server-only";
import type { DatabaseClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActingUser } from "../types";

export type AuditEntryInput = {
  actor: Pick<ActingUser, "id" | "email"> | null;
  action: string;
  entityType: "offer" | "user" | "session" | "provider" | "district";
  entityId: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip: string | null;
};

/** The client or the transaction a mutation runs in: the entry commits or rolls back with the change. */
export type AuditWriter = { auditEntry: Pick<DatabaseClient["auditEntry"], "create"> };

export async function writeAuditEntry(db: AuditWriter, entry: AuditEntryInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      ip: entry.ip,
    },
    select: { id: true },
  });
}
