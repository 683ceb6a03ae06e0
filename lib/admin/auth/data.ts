import "server-only";
import { getDb } from "@/lib/db";
import { throttleWindowStart } from "../throttle";
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

/**
 * Failed attempts in the throttle window, for the account (only since its last
 * successful sign-in) and for the IP address.
 */
export async function countRecentFailures(email: string, ip: string, now: Date): Promise<FailureCounts> {
  const db = getDb();
  const windowStart = throttleWindowStart(now);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const [account, ipCount, oldestAccount, oldestIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: accountSince } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } }),
    db.loginAttempt.findFirst({
      where: { email, succeeded: false, createdAt: { gt: accountSince } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.loginAttempt.findFirst({
      where: { ip, succeeded: false, createdAt: { gte: windowStart } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { account, ip: ipCount, oldestAccount: oldestAccount?.createdAt ?? null, oldestIp: oldestIp?.createdAt ?? null };
}

/** The account a set-password link belongs to, while the link is unused and unexpired. */
export async function findPasswordTokenOwner(tokenHash: string, now: Date): Promise<{ email: string } | null> {
  const token = await getDb().passwordToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
    select: { user: { select: { email: true } } },
  });
  return token ? { email: token.user.email } : null;
}
