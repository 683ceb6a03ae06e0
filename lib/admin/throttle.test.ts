import { describe, expect, it } from "vitest";
import {
  accountLockKey,
  countAccountFailures,
  decideThrottle,
  isAccountLocked,
  maxFailuresPerAccount,
  maxFailuresPerIp,
  signInLockKeys,
  throttleWindowStart,
} from "./throttle";

const now = new Date("2026-03-01T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("decideThrottle", () => {
  it("allows sign-in below both limits", () => {
    const counts = { account: maxFailuresPerAccount - 1, ip: maxFailuresPerIp - 1, oldestAccount: now, oldestIp: now };
    expect(decideThrottle(counts, now)).toEqual({ allowed: true });
  });

  it("pauses an account after too many failures, whatever the IP", () => {
    const counts = { account: maxFailuresPerAccount, ip: 0, oldestAccount: minutesAgo(5), oldestIp: null };
    expect(decideThrottle(counts, now)).toEqual({ allowed: false, retryAfterMinutes: 10 });
  });

  it("pauses an IP address after too many failures, across accounts", () => {
    const counts = { account: 0, ip: maxFailuresPerIp, oldestAccount: null, oldestIp: minutesAgo(1) };
    expect(decideThrottle(counts, now)).toEqual({ allowed: false, retryAfterMinutes: 14 });
  });

  it("waits for the later of two exceeded limits and ignores one that is not exceeded", () => {
    const both = { account: maxFailuresPerAccount, ip: maxFailuresPerIp, oldestAccount: minutesAgo(12), oldestIp: minutesAgo(3) };
    expect(decideThrottle(both, now)).toEqual({ allowed: false, retryAfterMinutes: 12 });
    const accountOnly = { ...both, ip: maxFailuresPerIp - 1 };
    expect(decideThrottle(accountOnly, now)).toEqual({ allowed: false, retryAfterMinutes: 3 });
  });

  it("never asks to wait less than a minute or longer than the window", () => {
    expect(decideThrottle({ account: 99, ip: 0, oldestAccount: minutesAgo(60), oldestIp: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(decideThrottle({ account: 99, ip: 0, oldestAccount: null, oldestIp: null }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 15,
    });
  });

  it("counts attempts of the last 15 minutes", () => {
    expect(now.getTime() - throttleWindowStart(now).getTime()).toBe(15 * 60_000);
  });
});

describe("countAccountFailures", () => {
  const failure = (m: number) => ({ succeeded: false, createdAt: minutesAgo(m) });
  const success = (m: number) => ({ succeeded: true, createdAt: minutesAgo(m) });

  it("counts every failure when the account never succeeded", () => {
    expect(countAccountFailures([failure(3), failure(2), failure(1)])).toBe(3);
    expect(countAccountFailures([])).toBe(0);
  });

  it("counts only the failures after the latest success, in whatever order the rows come", () => {
    expect(countAccountFailures([failure(1), success(4), failure(9), failure(2), success(6), failure(5)])).toBe(2);
  });

  it("does not count a failure from the same moment as the success", () => {
    expect(countAccountFailures([failure(2), success(2)])).toBe(0);
  });
});

describe("isAccountLocked", () => {
  it("locks at the account limit, not before", () => {
    expect(isAccountLocked(maxFailuresPerAccount - 1)).toBe(false);
    expect(isAccountLocked(maxFailuresPerAccount)).toBe(true);
  });
});

describe("signInLockKeys", () => {
  it("gives one signed 64-bit key each for the account and the IP, ascending", () => {
    const keys = signInLockKeys("a@example.org", "192.0.2.1");
    expect(keys).toHaveLength(2);
    expect(keys[0]! < keys[1]!).toBe(true);
    for (const key of keys) expect(BigInt.asIntN(64, key)).toBe(key);
    expect(keys).toContain(accountLockKey("a@example.org"));
  });

  it("takes the same order whichever of the two keys is smaller", () => {
    const pairs: [string, string][] = Array.from({ length: 20 }, (_, i) => [`user${i}@example.org`, `198.51.100.${i}`]);
    const orders = pairs.map(([email, ip]) => signInLockKeys(email, ip)[0] === accountLockKey(email));
    expect(orders).toContain(true);
    expect(orders).toContain(false);
    for (const [email, ip] of pairs) {
      const [first, second] = signInLockKeys(email, ip);
      expect(first! < second!).toBe(true);
    }
  });

  it("keeps accounts and IP addresses apart and is stable", () => {
    expect(signInLockKeys("x", "y")).toEqual(signInLockKeys("x", "y"));
    expect(accountLockKey("a@example.org")).not.toBe(accountLockKey("b@example.org"));
    // The same text as an e-mail and as an address names two different locks.
    expect(signInLockKeys("same", "same")).toHaveLength(2);
  });
});
