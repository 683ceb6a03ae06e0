import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { computeSessionExpiry, sessionsBeyondCap } from "../session-rules";
import { accountLockKey, decideThrottle, signInLockKeys, throttleWindowMs } from "../throttle";
import { generateToken, hashToken } from "../tokens";
import { countRecentFailures } from "./data";
import type { ActingContext, ActingUser } from "../types";

export type AttemptReservation = { allowed: true; attemptId: string } | { allowed: false; retryAfterMinutes: number };

// Generous: 30 tries on one account queue for one lock, each holding a pooled connection.
const reservationTransaction = { maxWait: 10_000, timeout: 10_000 } as const;

/**
 * Count, decide and record as one step: under advisory locks on the account and
 * the IP address the failures are counted and, when allowed, the attempt is stored
 * as a failure before any password is compared. Parallel tries therefore see each
 * other, and an account's limit bounds the number of password checks.
 */
export async function reserveLoginAttempt(email: string, ip: string, now: Date): Promise<AttemptReservation> {
  return getDb().$transaction(async (tx) => {
    for (const key of signInLockKeys(email, ip)) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key}::bigint)`;
    const decision = decideThrottle(await countRecentFailures(email, ip, now, tx), now);
    if (!decision.allowed) return decision;
    const attempt = await tx.loginAttempt.create({ data: { email, ip, succeeded: false, createdAt: now }, select: { id: true } });
    return { allowed: true, attemptId: attempt.id };
  }, reservationTransaction);
}

/** The reserved attempt turned out right: it stops counting, and so do the account's earlier failures. */
export async function markLoginAttemptSucceeded(attemptId: string, now: Date): Promise<void> {
  const db = getDb();
  await db.loginAttempt.updateMany({ where: { id: attemptId }, data: { succeeded: true } });
  // Attempts older than a day matter to nobody; keep the table small.
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 96 * throttleWindowMs) } } });
}

export type LiftSignInLockResult = { status: "unlocked"; clearedFailures: number } | { status: "forbidden" } | { status: "notFound" };

/**
 * ADMIN only: the owner of an account that strangers' failures locked gets in again.
 * The account's failed attempts are deleted (its IP addresses' other failures stay),
 * serialised with sign-in attempts on the same account lock.
 */
export async function liftSignInLock(ctx: ActingContext, userId: string): Promise<LiftSignInLockResult> {
  return getDb().$transaction(async (tx) => {
    if ((await tx.user.count({ where: { id: ctx.user.id, role: "ADMIN", disabled: false } })) !== 1) return { status: "forbidden" };
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!target) return { status: "notFound" };
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${accountLockKey(target.email)}::bigint)`;
    const { count } = await tx.loginAttempt.deleteMany({ where: { email: target.email, succeeded: false } });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "user.unlockSignIn",
      entityType: "user",
      entityId: target.id,
      after: { clearedFailures: count },
      ip: ctx.ip,
    });
    return { status: "unlocked", clearedFailures: count };
  });
}

/**
 * Starts a session and returns the cookie's token: the only time it exists outside
 * the browser. Beyond maxSessionsPerAccount the account's oldest sessions end, in
 * the same transaction and under a lock on the account's row, so parallel sign-ins
 * cannot overshoot the cap.
 */
export async function createSession(user: ActingUser, ip: string | null, now: Date): Promise<string> {
  const token = generateToken();
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM app_user WHERE id = ${user.id}::uuid FOR NO KEY UPDATE`;
    // Expired sessions of anyone are of no use; removing them here needs no scheduler.
    await tx.session.deleteMany({ where: { expiresAt: { lt: now } } });
    const session = await tx.session.create({
      data: { userId: user.id, tokenHash: hashToken(token), ip, createdAt: now, renewedAt: now, expiresAt: computeSessionExpiry(now, now) },
      select: { id: true },
    });
    await writeAuditEntry(tx, { actor: user, action: "session.create", entityType: "session", entityId: session.id, ip });
    const sessions = await tx.session.findMany({ where: { userId: user.id }, select: { id: true, createdAt: true } });
    for (const id of sessionsBeyondCap(sessions)) {
      const { count } = await tx.session.deleteMany({ where: { id, userId: user.id } });
      if (count > 0)
        await writeAuditEntry(tx, {
          actor: user,
          action: "session.delete",
          entityType: "session",
          entityId: id,
          after: { reason: "sessionLimit" },
          ip,
        });
    }
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
    if (count > 0)
      await writeAuditEntry(tx, { actor: ctx.user, action: "session.delete", entityType: "session", entityId: sessionId, ip: ctx.ip });
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
 * Every existing session of the account ends and its failed sign-ins stop counting.
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
    // The owner proved themselves by the link: strangers' failures no longer lock them out.
    await tx.loginAttempt.deleteMany({ where: { email: token.user.email, succeeded: false } });
    await writeAuditEntry(tx, { actor: token.user, action: "user.setPassword", entityType: "user", entityId: token.user.id, ip });
    return true;
  });
}
