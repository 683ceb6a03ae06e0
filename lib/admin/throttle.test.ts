import { describe, expect, it } from "vitest";
import { decideThrottle, maxFailuresPerAccount, maxFailuresPerIp, throttleWindowStart } from "./throttle";

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
