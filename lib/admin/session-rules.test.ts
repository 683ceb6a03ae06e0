import { describe, expect, it } from "vitest";
import {
  computeSessionExpiry,
  isSessionExpired,
  maxSessionsPerAccount,
  sessionsBeyondCap,
  sessionCookieSettings,
  sessionIdleMs,
  sessionMaxAgeMs,
  shouldRenewSession,
} from "./session-rules";

const created = new Date("2026-03-01T08:00:00Z");

describe("session lifetime", () => {
  it("slides 8 hours past the latest request", () => {
    const now = new Date(created.getTime() + 60 * 60_000);
    expect(computeSessionExpiry(created, now).getTime()).toBe(now.getTime() + sessionIdleMs);
  });

  it("never passes 7 days after sign-in", () => {
    const now = new Date(created.getTime() + sessionMaxAgeMs - 60_000);
    expect(computeSessionExpiry(created, now).getTime()).toBe(created.getTime() + sessionMaxAgeMs);
  });

  it("is expired from its expiry instant on", () => {
    const expiry = new Date("2026-03-01T16:00:00Z");
    expect(isSessionExpired(expiry, new Date(expiry.getTime() - 1))).toBe(false);
    expect(isSessionExpired(expiry, expiry)).toBe(true);
  });

  it("renews at most every 5 minutes", () => {
    expect(shouldRenewSession(created, new Date(created.getTime() + 4 * 60_000))).toBe(false);
    expect(shouldRenewSession(created, new Date(created.getTime() + 5 * 60_000))).toBe(true);
  });
});

describe("sessionCookieSettings", () => {
  it("is Secure, httpOnly, SameSite=Lax and __Host- prefixed on https", () => {
    expect(sessionCookieSettings("https", "seniorenwegweiser.de")).toEqual({
      name: "__Host-swg-admin",
      options: { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: 604800 },
    });
  });

  it.each([
    ["http", "localhost:3000"],
    ["http", "127.0.0.1:3205"],
    ["http", "[::1]:3000"],
  ])("drops Secure only for plain %s on the loopback host %s", (protocol, host) => {
    const settings = sessionCookieSettings(protocol, host);
    expect(settings.options.secure).toBe(false);
    expect(settings.name).toBe("swg-admin");
  });

  it.each([
    ["http", "seniorenwegweiser.de"],
    ["http", "localhost.evil.example"],
    [null, "localhost"],
    ["http", null],
  ])("stays Secure for %s on %s", (protocol, host) => {
    expect(sessionCookieSettings(protocol, host).options.secure).toBe(true);
  });
});

describe("sessionsBeyondCap", () => {
  const session = (id: string, minute: number) => ({ id, createdAt: new Date(created.getTime() + minute * 60_000) });

  it("ends nothing up to the cap", () => {
    const sessions = Array.from({ length: maxSessionsPerAccount }, (_, i) => session(`s${i}`, i));
    expect(sessionsBeyondCap(sessions)).toEqual([]);
  });

  it("ends the oldest beyond the cap, whatever order they come in", () => {
    const sessions = [session("new", 30), session("oldest", 1), session("mid", 20), session("old", 10)];
    expect(sessionsBeyondCap(sessions, 2).sort()).toEqual(["old", "oldest"]);
  });

  it("breaks ties of the same start time the same way every time", () => {
    const sessions = [session("b", 5), session("a", 5), session("c", 5)];
    expect(sessionsBeyondCap(sessions, 2)).toEqual(sessionsBeyondCap([...sessions].reverse(), 2));
    expect(sessionsBeyondCap(sessions, 2)).toHaveLength(1);
  });
});
