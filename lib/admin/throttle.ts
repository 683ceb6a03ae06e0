import { createHash } from "node:crypto";

// Sign-in throttling: too many failed attempts for one account, or from one IP
// address, within the window pause sign-in. Pure rules; the counts come from the
// login_attempt table (lib/admin/auth/data.ts).
export const throttleWindowMs = 15 * 60 * 1000;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerIp = 20;

export type FailureCounts = { account: number; ip: number; oldestAccount: Date | null; oldestIp: Date | null };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export function decideThrottle(counts: FailureCounts, now: Date): ThrottleDecision {
  const blockers: (Date | null)[] = [];
  if (counts.account >= maxFailuresPerAccount) blockers.push(counts.oldestAccount);
  if (counts.ip >= maxFailuresPerIp) blockers.push(counts.oldestIp);
  if (blockers.length === 0) return { allowed: true };
  // Attempts age out of the window one by one; the oldest counted one frees the first slot.
  const freedAt = Math.max(...blockers.map((oldest) => (oldest ?? now).getTime() + throttleWindowMs));
  const minutes = Math.ceil((freedAt - now.getTime()) / 60_000);
  return { allowed: false, retryAfterMinutes: Math.min(Math.max(minutes, 1), throttleWindowMs / 60_000) };
}

export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - throttleWindowMs);
}

/**
 * The failures that count against an account: those after its latest success (the
 * attempts of one account, within the window, in any order).
 */
export function countAccountFailures(attempts: readonly { succeeded: boolean; createdAt: Date }[]): number {
  const lastSuccess = Math.max(-Infinity, ...attempts.filter((a) => a.succeeded).map((a) => a.createdAt.getTime()));
  return attempts.filter((a) => !a.succeeded && a.createdAt.getTime() > lastSuccess).length;
}

/** Whether an account's own failures alone pause its sign-in (what an ADMIN can lift). */
export function isAccountLocked(accountFailures: number): boolean {
  return accountFailures >= maxFailuresPerAccount;
}

/**
 * The PostgreSQL advisory-lock keys that serialise sign-in attempts per account and
 * per IP address, in ascending order: every attempt takes its locks in the same
 * global order, so two attempts can never wait for each other in a cycle.
 */
export function signInLockKeys(email: string, ip: string): bigint[] {
  const keys = [accountLockKey(email), lockKey(`login-ip:${ip}`)];
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The account's key alone, for changes to its counter outside a sign-in (lifting a lock). */
export function accountLockKey(email: string): bigint {
  return lockKey(`login-account:${email}`);
}

function lockKey(name: string): bigint {
  return createHash("sha256").update(name).digest().readBigInt64BE(0);
}
