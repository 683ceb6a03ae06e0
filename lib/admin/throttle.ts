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
