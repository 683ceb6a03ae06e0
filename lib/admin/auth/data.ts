import "server-only";
import { getDb } from "@/lib/db";
import type { DatabaseClient } from "@/lib/database/client";
import { countAccountFailures, isAccountLocked, throttleWindowStart } from "../throttle";
import type { FailureCounts } from "../throttle";
import type { Role, SessionUser } from "../types";

export type SessionRecord = { id: string; createdAt: Date; renewedAt: Date; expiresAt: Date };

/** The session of a cookie token's hash, with its account; null when expired, unknown or disabled. */
export async function findSessionUser(tokenHash: string, now: Date): Promise<{ session: SessionRecord; user: SessionUser } | null> {
  const session = await getDb().session.findFirst({
    where: { tokenHash, expiresAt: { gt: now }, user: { disabled: false } },
    select: {
      id: true,
      createdAt: true,
      renewedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
  if (!session) return null;
  const { user, ...record } = session;
  return { session: record, user: { ...user, sessionId: session.id } };
}

export async function isActiveAdmin(userId: string): Promise<boolean> {
  const count = await getDb().user.count({ where: { id: userId, role: "ADMIN", disabled: false } });
  return count === 1;
}

export type SignInCandidate = { id: string; email: string; role: Role; disabled: boolean; passwordHash: string | null };

export async function findSignInCandidate(email: string): Promise<SignInCandidate | null> {
  return getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, disabled: true, passwordHash: true },
  });
}

/** The client or the transaction the counts are read in (the attempt reservation reads them under its locks). */
export type LoginAttemptReader = { loginAttempt: Pick<DatabaseClient["loginAttempt"], "count" | "findFirst"> };

/**
 * Failed attempts in the throttle window, for the account (only since its last
 * successful sign-in or lifted lock) and for the IP address.
 */
export async function countRecentFailures(email: string, ip: string, now: Date, db: LoginAttemptReader = getDb()): Promise<FailureCounts> {
  const windowStart = throttleWindowStart(now);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  // One after the other: inside an interactive transaction the queries share one connection anyway.
  const account = await db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: accountSince } } });
  const ipCount = await db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } });
  const oldestAccount = await db.loginAttempt.findFirst({
    where: { email, succeeded: false, createdAt: { gt: accountSince } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const oldestIp = await db.loginAttempt.findFirst({
    where: { ip, succeeded: false, createdAt: { gte: windowStart } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return { account, ip: ipCount, oldestAccount: oldestAccount?.createdAt ?? null, oldestIp: oldestIp?.createdAt ?? null };
}

/**
 * Which of these accounts their own failures currently lock (the IP limit aside).
 * Throttled tries are never recorded, so each account has only a handful of rows
 * in the window.
 */
export async function findSignInLockedEmails(emails: readonly string[], now: Date): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await getDb().loginAttempt.findMany({
    where: { email: { in: [...emails] }, createdAt: { gte: throttleWindowStart(now) } },
    select: { email: true, succeeded: true, createdAt: true },
  });
  const byEmail = new Map<string, typeof rows>();
  for (const row of rows) byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row]);
  return new Set([...byEmail].filter(([, attempts]) => isAccountLocked(countAccountFailures(attempts))).map(([email]) => email));
}

/** The account a set-password link belongs to, while the link is unused and unexpired. */
export async function findPasswordTokenOwner(tokenHash: string, now: Date): Promise<{ email: string } | null> {
  const token = await getDb().passwordToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
    select: { user: { select: { email: true } } },
  });
  return token ? { email: token.user.email } : null;
}
