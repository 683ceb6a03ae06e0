import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listUsers } from "@/lib/admin/data";
import { countRecentFailures, findSessionUser } from "@/lib/admin/auth/data";
import { createSession, liftSignInLock, setPasswordWithToken } from "@/lib/admin/auth/mutations";
import { signInWithPassword } from "@/lib/admin/auth/sign-in";
import type { PasswordVerifier } from "@/lib/admin/auth/sign-in";
import { inviteUser } from "@/lib/admin/mutations";
import { hashPassword, verifyPassword } from "@/lib/admin/passwords";
import { maxSessionsPerAccount } from "@/lib/admin/session-rules";
import { maxFailuresPerAccount } from "@/lib/admin/throttle";
import { hashToken } from "@/lib/admin/tokens";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
const ownUserIds: string[] = [];
const password = "das richtige lange Passwort";
let passwordHash: string;

beforeAll(async () => {
  world = await createAdminWorld(db);
  passwordHash = await hashPassword(password);
});
afterAll(async () => {
  await db.loginAttempt.deleteMany({ where: { email: { endsWith: `-${world.tag}@example.org` } } });
  await db.auditEntry.deleteMany({ where: { OR: [{ actorId: { in: ownUserIds } }, { entityId: { in: ownUserIds } }] } });
  await db.user.deleteMany({ where: { id: { in: ownUserIds } } });
  await world.cleanup();
  await db.$disconnect();
});

async function accountWithPassword(key: string): Promise<ActingUser> {
  const email = `${key}-${world.tag}@example.org`;
  const user = await db.user.create({ data: { email, role: "CITY_EDITOR", passwordHash }, select: { id: true } });
  ownUserIds.push(user.id);
  return { id: user.id, email, role: "CITY_EDITOR" };
}

/** The real argon2 verifier, counted: how many passwords were actually compared. */
function countingVerifier() {
  const counter = { calls: 0 };
  const verify: PasswordVerifier = async (stored, typed) => {
    counter.calls += 1;
    return verifyPassword(stored, typed);
  };
  return { counter, verify };
}

describe("atomic sign-in throttling", () => {
  it("30 parallel wrong passwords for one account cost at most 5 password checks; the rest are throttled", async () => {
    const owner = await accountWithPassword("parallel");
    const { counter, verify } = countingVerifier();
    const now = new Date("2031-01-01T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signInWithPassword({ email: owner.email, password: `falsch ${i}`, ip: `198.18.1.${i}`, now }, verify),
      ),
    );
    expect(counter.calls).toBe(maxFailuresPerAccount);
    expect(results.filter((r) => r.status === "invalidCredentials")).toHaveLength(maxFailuresPerAccount);
    expect(results.filter((r) => r.status === "throttled")).toHaveLength(30 - maxFailuresPerAccount);
    expect(await db.loginAttempt.count({ where: { email: owner.email, succeeded: false } })).toBe(maxFailuresPerAccount);
  });

  it("records the attempt before the check and marks that same row succeeded", async () => {
    const owner = await accountWithPassword("marked");
    const now = new Date("2031-02-01T10:00:00Z");
    const result = await signInWithPassword({ email: owner.email, password, ip: "198.18.2.1", now });
    expect(result.status).toBe("signedIn");
    const rows = await db.loginAttempt.findMany({ where: { email: owner.email }, select: { succeeded: true, ip: true } });
    expect(rows).toEqual([{ succeeded: true, ip: "198.18.2.1" }]);
    if (result.status !== "signedIn") throw new Error(result.status);
    expect((await findSessionUser(hashToken(result.token), now))?.user.id).toBe(owner.id);
  });
});

describe("opening a locked account again", () => {
  it("refuses the right password while locked, without checking it, and accepts it after an ADMIN lifts the lock", async () => {
    const owner = await accountWithPassword("gesperrt-owner");
    const now = new Date("2031-03-01T10:00:00Z");
    for (let i = 0; i < maxFailuresPerAccount; i += 1) {
      expect((await signInWithPassword({ email: owner.email, password: "geraten", ip: `198.18.3.${i}`, now })).status).toBe(
        "invalidCredentials",
      );
    }
    const { counter, verify } = countingVerifier();
    const locked = await signInWithPassword({ email: owner.email, password, ip: "198.18.3.100", now }, verify);
    expect(locked).toEqual({ status: "throttled", retryAfterMinutes: 15 });
    expect(counter.calls).toBe(0);
    const listed = (await listUsers(world.users.admin, now))?.find((u) => u.id === owner.id);
    expect(listed?.signInLocked).toBe(true);

    // Only an ADMIN may lift it; anyone else changes nothing.
    expect(await liftSignInLock({ user: world.users.cityEditor, ip: null }, owner.id)).toEqual({ status: "forbidden" });
    expect((await countRecentFailures(owner.email, "198.18.3.100", now)).account).toBe(maxFailuresPerAccount);
    expect(await liftSignInLock({ user: world.users.admin, ip: "192.0.2.9" }, "00000000-0000-4000-8000-000000000000")).toEqual({
      status: "notFound",
    });
    expect(await liftSignInLock({ user: world.users.admin, ip: "192.0.2.9" }, owner.id)).toEqual({
      status: "unlocked",
      clearedFailures: maxFailuresPerAccount,
    });
    expect(
      await db.auditEntry.count({
        where: { action: "user.unlockSignIn", entityId: owner.id, actorId: world.users.admin.id, ip: "192.0.2.9" },
      }),
    ).toBe(1);
    expect((await listUsers(world.users.admin, now))?.find((u) => u.id === owner.id)?.signInLocked).toBe(false);

    const opened = await signInWithPassword(
      { email: owner.email, password, ip: "198.18.3.100", now: new Date(now.getTime() + 1000) },
      verify,
    );
    expect(opened.status).toBe("signedIn");
    expect(counter.calls).toBe(1);
  });

  it("a redeemed set-password link clears the account's failures", async () => {
    const email = `link-${world.tag}@example.org`;
    const now = new Date("2031-04-01T10:00:00Z");
    const invited = await inviteUser(
      { user: world.users.admin, ip: null },
      { locale: "de", email, name: null, role: "CITY_EDITOR", cityIds: [world.city1.id], providerIds: [] },
      now,
    );
    if (invited.status !== "invited") throw new Error(invited.status);
    ownUserIds.push(invited.userId);
    for (let i = 0; i < maxFailuresPerAccount; i += 1) await signInWithPassword({ email, password: "geraten", ip: `198.18.4.${i}`, now });
    expect((await signInWithPassword({ email, password: "egal", ip: "198.18.4.100", now })).status).toBe("throttled");

    expect(await setPasswordWithToken(hashToken(invited.token), passwordHash, null, now)).toBe(true);
    expect((await countRecentFailures(email, "198.18.4.100", now)).account).toBe(0);
    expect((await signInWithPassword({ email, password, ip: "198.18.4.100", now: new Date(now.getTime() + 1000) })).status).toBe(
      "signedIn",
    );
  });
});

describe("sessions per account", () => {
  it(`keeps at most ${maxSessionsPerAccount} sessions: one more ends the oldest, audited`, async () => {
    const owner = await accountWithPassword("viele-sitzungen");
    const start = new Date();
    const tokens: string[] = [];
    for (let i = 0; i < maxSessionsPerAccount + 2; i += 1)
      tokens.push(await createSession(owner, "192.0.2.20", new Date(start.getTime() + i * 1000)));
    const now = new Date(start.getTime() + 60_000);
    const alive = await Promise.all(tokens.map(async (token) => (await findSessionUser(hashToken(token), now)) !== null));
    expect(alive).toEqual([false, false, ...Array<boolean>(maxSessionsPerAccount).fill(true)]);
    expect(await db.session.count({ where: { userId: owner.id } })).toBe(maxSessionsPerAccount);
    const ended = await db.auditEntry.findMany({
      where: { action: "session.delete", actorId: owner.id },
      select: { after: true, ip: true },
    });
    expect(ended).toEqual([
      { after: { reason: "sessionLimit" }, ip: "192.0.2.20" },
      { after: { reason: "sessionLimit" }, ip: "192.0.2.20" },
    ]);
  });

  it("parallel sign-ins cannot overshoot the cap", async () => {
    const owner = await accountWithPassword("parallele-sitzungen");
    const now = new Date();
    await Promise.all(Array.from({ length: maxSessionsPerAccount * 3 }, () => createSession(owner, null, now)));
    expect(await db.session.count({ where: { userId: owner.id } })).toBe(maxSessionsPerAccount);
  });
});
