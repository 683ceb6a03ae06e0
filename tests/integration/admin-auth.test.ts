import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { countRecentFailures, findPasswordTokenOwner, findSessionUser, findSignInCandidate } from "@/lib/admin/auth/data";
import {
  createSession,
  endAllSessions,
  endSession,
  markLoginAttemptSucceeded,
  renewSession,
  reserveLoginAttempt,
  setPasswordWithToken,
} from "@/lib/admin/auth/mutations";
import { inviteUser } from "@/lib/admin/mutations";
import { hashPassword, verifyPassword } from "@/lib/admin/passwords";
import { sessionIdleMs, sessionMaxAgeMs } from "@/lib/admin/session-rules";
import { decideThrottle, maxFailuresPerAccount, maxFailuresPerIp } from "@/lib/admin/throttle";
import { hashToken } from "@/lib/admin/tokens";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await db.loginAttempt.deleteMany({ where: { email: { endsWith: `-${world.tag}@example.org` } } });
  await world.cleanup();
  await db.$disconnect();
});

const at = (iso: string) => new Date(iso);

/** An attempt as the sign-in records it: reserved (a failure) and, if it succeeded, marked so. */
async function recordLoginAttempt(email: string, ip: string, succeeded: boolean, when: Date): Promise<void> {
  const reservation = await reserveLoginAttempt(email, ip, when);
  if (!reservation.allowed) throw new Error(`attempt for ${email} throttled`);
  if (succeeded) await markLoginAttemptSucceeded(reservation.attemptId, when);
}

describe("sign-in throttling", () => {
  it("pauses an account after 5 failures in 15 minutes, for every IP, until they age out", async () => {
    const email = `throttle-${world.tag}@example.org`;
    const now = at("2030-01-01T10:00:00Z");
    for (let i = 0; i < maxFailuresPerAccount; i += 1) {
      await recordLoginAttempt(email, `203.0.113.${i}`, false, new Date(now.getTime() - (10 - i) * 60_000));
    }
    expect(decideThrottle(await countRecentFailures(email, "198.51.100.1", now), now)).toEqual({ allowed: false, retryAfterMinutes: 5 });
    const later = new Date(now.getTime() + 6 * 60_000);
    expect(decideThrottle(await countRecentFailures(email, "198.51.100.1", later), later)).toEqual({ allowed: true });
  });

  it("a successful sign-in clears the account's count", async () => {
    const email = `cleared-${world.tag}@example.org`;
    const now = at("2030-02-01T10:00:00Z");
    for (let i = 0; i < maxFailuresPerAccount - 1; i += 1)
      await recordLoginAttempt(email, "203.0.113.50", false, new Date(now.getTime() - 5 * 60_000));
    await recordLoginAttempt(email, "203.0.113.50", true, new Date(now.getTime() - 4 * 60_000));
    await recordLoginAttempt(email, "203.0.113.50", false, new Date(now.getTime() - 3 * 60_000));
    expect((await countRecentFailures(email, "203.0.113.51", now)).account).toBe(1);
  });

  it("pauses an IP address after 20 failures across accounts, and not another IP", async () => {
    const now = at("2030-03-01T10:00:00Z");
    const ip = "203.0.113.200";
    for (let i = 0; i < maxFailuresPerIp; i += 1) {
      await recordLoginAttempt(`spray-${i}-${world.tag}@example.org`, ip, false, new Date(now.getTime() - 60_000));
    }
    const fresh = `fresh-${world.tag}@example.org`;
    expect(decideThrottle(await countRecentFailures(fresh, ip, now), now).allowed).toBe(false);
    expect(decideThrottle(await countRecentFailures(fresh, "203.0.113.201", now), now).allowed).toBe(true);
  });
});

describe("sessions", () => {
  it("stores only the token's hash and finds the user by it", async () => {
    const now = new Date();
    const token = await createSession(world.users.cityEditor, "192.0.2.1", now);
    expect(await db.session.count({ where: { tokenHash: token } })).toBe(0);
    const found = await findSessionUser(hashToken(token), now);
    expect(found?.user).toMatchObject({ id: world.users.cityEditor.id, role: "CITY_EDITOR" });
    expect(await findSessionUser(hashToken(`${token.slice(0, -1)}x`), now)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "session.create", entityId: found!.session.id } })).toBe(1);
  });

  it("expires after 8 idle hours, slides on renewal, and never outlives 7 days", async () => {
    const start = new Date();
    const token = await createSession(world.users.cityEditor, null, start);
    const hash = hashToken(token);
    const justBefore = new Date(start.getTime() + sessionIdleMs - 1000);
    const found = (await findSessionUser(hash, justBefore))!;
    expect(found).not.toBeNull();
    expect(await findSessionUser(hash, new Date(start.getTime() + sessionIdleMs))).toBeNull();

    await renewSession(found.session.id, found.session.createdAt, justBefore);
    expect(await findSessionUser(hash, new Date(start.getTime() + sessionIdleMs + 60_000))).not.toBeNull();

    let now = justBefore;
    while (now.getTime() < start.getTime() + sessionMaxAgeMs) {
      await renewSession(found.session.id, found.session.createdAt, now);
      now = new Date(now.getTime() + sessionIdleMs - 1000);
    }
    expect(await findSessionUser(hash, new Date(start.getTime() + sessionMaxAgeMs))).toBeNull();
  });

  it("a disabled account's sessions no longer sign anybody in", async () => {
    const now = new Date();
    const token = await createSession(world.users.disabledEditor, null, now);
    expect(await findSessionUser(hashToken(token), now)).toBeNull();
  });

  it("signs out one session, or every session of the account", async () => {
    const user = world.users.providerEditor;
    const now = new Date();
    const tokens = await Promise.all([1, 2, 3].map(() => createSession(user, null, now)));
    const first = (await findSessionUser(hashToken(tokens[0]!), now))!;
    await endSession({ user, ip: null }, first.session.id);
    expect(await findSessionUser(hashToken(tokens[0]!), now)).toBeNull();
    expect(await findSessionUser(hashToken(tokens[1]!), now)).not.toBeNull();
    // Someone else's session id ends nothing.
    const other = await createSession(world.users.cityEditor, null, now);
    await endSession({ user, ip: null }, (await findSessionUser(hashToken(other), now))!.session.id);
    expect(await findSessionUser(hashToken(other), now)).not.toBeNull();

    expect(await endAllSessions({ user, ip: "192.0.2.3" })).toBe(2);
    for (const token of tokens) expect(await findSessionUser(hashToken(token), now)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "session.deleteAll", actorId: user.id, ip: "192.0.2.3" } })).toBe(1);
  });
});

describe("passwords and set-password links", () => {
  it("hashes with argon2id and never returns a hash unless asked", async () => {
    const hash = await hashPassword("ein sehr langes Passwort");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "ein sehr langes Passwort")).toBe(true);
    expect(await verifyPassword(hash, "ein sehr langes Passwort!")).toBe(false);
    expect(await verifyPassword(null, "egal")).toBe(false);
    await db.user.update({ where: { id: world.users.admin.id }, data: { passwordHash: hash } });
    const plain = await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } });
    expect(plain).not.toHaveProperty("passwordHash");
    expect((await findSignInCandidate(world.users.admin.email))?.passwordHash).toBe(hash);
    const session = await db.session.findFirst({ where: { userId: world.users.cityEditor.id } });
    expect(session).not.toHaveProperty("tokenHash");
  });

  it("an invitation link sets the password exactly once, then is dead", async () => {
    const email = `eingeladen-${world.tag}@example.org`;
    const now = new Date();
    const invited = await inviteUser(
      { user: world.users.admin, ip: null },
      { locale: "de", email, name: null, role: "PROVIDER_EDITOR", cityIds: [], providerIds: [world.provider1.id] },
      now,
    );
    if (invited.status !== "invited") throw new Error(invited.status);
    const tokenHash = hashToken(invited.token);
    expect(await db.passwordToken.count({ where: { tokenHash: invited.token } })).toBe(0);
    expect(await findPasswordTokenOwner(tokenHash, now)).toEqual({ email });
    expect(await findPasswordTokenOwner(tokenHash, new Date(now.getTime() + 73 * 3600_000))).toBeNull();

    const hash = await hashPassword("mein neues Passwort");
    const outcomes = await Promise.all([
      setPasswordWithToken(tokenHash, hash, null, now),
      setPasswordWithToken(tokenHash, hash, null, now),
    ]);
    expect(outcomes.sort()).toEqual([false, true]);
    expect(await findPasswordTokenOwner(tokenHash, now)).toBeNull();
    expect(await verifyPassword((await findSignInCandidate(email))!.passwordHash, "mein neues Passwort")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "user.setPassword", entityId: invited.userId } })).toBe(1);
    await db.auditEntry.deleteMany({ where: { entityId: invited.userId } });
    await db.user.delete({ where: { id: invited.userId } });
  });
});
