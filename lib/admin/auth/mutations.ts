import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { computeSessionExpiry } from "../session-rules";
import { throttleWindowMs } from "../throttle";
import { generateToken, hashToken } from "../tokens";
import type { ActingContext, ActingUser } from "../types";

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean, now: Date): Promise<void> {
  const db = getDb();
  await db.loginAttempt.create({ data: { email, ip, succeeded, createdAt: now }, select: { id: true } });
  // Attempts older than a day matter to nobody; keep the table small.
  if (succeeded) await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 96 * throttleWindowMs) } } });
}

/** Starts a session and returns the cookie's token: the only time it exists outside the browser. */
export async function createSession(user: ActingUser, ip: string | null, now: Date): Promise<string> {
  const token = generateToken();
  await getDb().$transaction(async (tx) => {
    const session = await tx.session.create({
      data: { userId: user.id, tokenHash: hashToken(token), ip, createdAt: now, renewedAt: now, expiresAt: computeSessionExpiry(now, now) },
      select: { id: true },
    });
    await writeAuditEntry(tx, { actor: user, action: "session.create", entityType: "session", entityId: session.id, ip });
    // Expired sessions of anyone are of no use; removing them here needs no scheduler.
    await tx.session.deleteMany({ where: { expiresAt: { lt: now } } });
  });
  return token;
}

export async function renewSession(sessionId: string, createdAt: Date, now: Date): Promise<void> {
  await getDb().session.updateMany({
    where: { id: sessionId, expiresAt: { gt: now } },
    data: { renewedAt: now, expiresAt: computeSessionExpiry(createdAt, now) },
  });
}

export async function endSession(ctx: ActingContext, sessionId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: ctx.user.id } });
    if (count > 0) await writeAuditEntry(tx, { actor: ctx.user, action: "session.delete", entityType: "session", entityId: sessionId, ip: ctx.ip });
  });
}

/** "Sign out everywhere": every session of the acting user ends, this one included. */
export async function endAllSessions(ctx: ActingContext): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: ctx.user.id } });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "session.deleteAll",
      entityType: "user",
      entityId: ctx.user.id,
      after: { endedSessions: count },
      ip: ctx.ip,
    });
    return count;
  });
}

/**
 * Redeems a set-password link exactly once: the token is marked used in the same
 * statement that checks it, so two submissions of one link cannot both succeed.
 * Every existing session of the account ends.
 */
export async function setPasswordWithToken(tokenHash: string, passwordHash: string, ip: string | null, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const token = await tx.passwordToken.findFirst({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
      select: { id: true, user: { select: { id: true, email: true } } },
    });
    if (!token) return false;
    const { count } = await tx.passwordToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: token.user.id }, data: { passwordHash }, select: { id: true } });
    await tx.passwordToken.deleteMany({ where: { userId: token.user.id, usedAt: null } });
    await tx.session.deleteMany({ where: { userId: token.user.id } });
    await writeAuditEntry(tx, { actor: token.user, action: "user.setPassword", entityType: "user", entityId: token.user.id, ip });
    return true;
  });
}
