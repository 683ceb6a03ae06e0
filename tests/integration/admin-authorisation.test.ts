import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEntries } from "@/lib/admin/audit/data";
import { getOfferForEdit, listOffersForUser, listScopeOptions, listUsers } from "@/lib/admin/data";
import { inviteUser, updateOffer } from "@/lib/admin/mutations";
import { can } from "@/lib/admin/policy";
import { editableCityScopeFor, editableProviderScopeFor, offerScopeFor, reviewScopeFor } from "@/lib/admin/scope-data";
import { markOfferVerified } from "@/lib/admin/verification/mutations";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld, toEditInput } from "./admin-fixtures";

// Every role × action × own/other city/Träger. Allowed cells must work; every
// forbidden cell must be refused BY THE DATA LAYER (the functions pages and actions
// call), and must leave the offer and the audit log untouched.
const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

type Actor = "admin" | "cityEditor" | "providerEditor" | "disabledEditor" | "forgedAdmin";
type Target = "A" | "B" | "C";
// A: city 1 + Träger 1 (own for both editors), B: city 2 + Träger 2 (other for both),
// C: city 1 + Träger 2 (own city for the city editor, other Träger for the provider editor).
const expected: Record<Actor, Record<Target, { read: boolean; edit: "saved" | "submitted" | "notFound" }>> = {
  admin: { A: { read: true, edit: "saved" }, B: { read: true, edit: "saved" }, C: { read: true, edit: "saved" } },
  cityEditor: { A: { read: true, edit: "saved" }, B: { read: false, edit: "notFound" }, C: { read: true, edit: "saved" } },
  providerEditor: { A: { read: true, edit: "submitted" }, B: { read: false, edit: "notFound" }, C: { read: false, edit: "notFound" } },
  disabledEditor: { A: { read: false, edit: "notFound" }, B: { read: false, edit: "notFound" }, C: { read: false, edit: "notFound" } },
  forgedAdmin: { A: { read: false, edit: "notFound" }, B: { read: false, edit: "notFound" }, C: { read: false, edit: "notFound" } },
};

function actor(name: Actor): ActingUser {
  // A city editor whose ActingUser object claims ADMIN: the database says otherwise.
  if (name === "forgedAdmin") return { ...world.users.cityEditor, role: "ADMIN" };
  return world.users[name];
}

async function snapshot(offerId: string) {
  const offer = await db.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { name: true, version: true, contacts: { select: { name: true } } },
  });
  const audits = await db.auditEntry.count({ where: { entityId: offerId } });
  const revisions = await db.revision.count({ where: { entityId: offerId } });
  return { offer, audits, revisions };
}

const cells = (Object.keys(expected) as Actor[]).flatMap((who) => (["A", "B", "C"] as Target[]).map((target) => [who, target] as const));

describe("authorisation matrix for offers", () => {
  it.each(cells)("%s reading offer %s", async (who, target) => {
    const id = world.offers[target].id;
    const read = await getOfferForEdit(actor(who), id);
    expect(read !== null).toBe(expected[who][target].read);
    const listed = (await listOffersForUser(actor(who))).some((o) => o.id === id);
    expect(listed).toBe(expected[who][target].read);
  });

  it.each(cells)("%s editing offer %s", async (who, target) => {
    const id = world.offers[target].id;
    const current = (await getOfferForEdit(world.users.admin, id))!;
    const before = await snapshot(id);
    const result = await updateOffer(
      { user: actor(who), ip: "192.0.2.7" },
      toEditInput(current, { name: `Angebot ${target} von ${who}`, contacts: [] }),
    );
    expect(result.status).toBe(expected[who][target].edit);
    const after = await snapshot(id);
    switch (result.status) {
      case "saved":
        expect(after.offer).toEqual({
          name: `Angebot ${target} von ${who}`,
          version: before.offer.version + 1,
          contacts: before.offer.contacts,
        });
        expect(after.audits).toBe(before.audits + 1);
        break;
      case "submitted":
        // A PROVIDER_EDITOR's change waits for review: the offer itself is untouched.
        expect(after.offer).toEqual(before.offer);
        expect(after.revisions).toBe(before.revisions + 1);
        expect(after.audits).toBe(before.audits + 1);
        break;
      default:
        expect(after).toEqual(before);
    }
  });
});

describe("authorisation for accounts and the audit log", () => {
  it.each(["cityEditor", "providerEditor", "disabledEditor", "forgedAdmin"] as const)("%s cannot list or invite accounts", async (who) => {
    expect(await listUsers(actor(who))).toBeNull();
    expect(await listScopeOptions(actor(who))).toBeNull();
    const email = `invite-${who}-${world.tag}@example.org`;
    const result = await inviteUser(
      { user: actor(who), ip: null },
      { locale: "de", email, name: null, role: "ADMIN", cityIds: [], providerIds: [] },
      new Date(),
    );
    expect(result).toEqual({ status: "forbidden" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("an ADMIN lists accounts (without password hashes) and invites", async () => {
    const users = await listUsers(world.users.admin);
    expect(users?.map((u) => u.email)).toContain(world.users.cityEditor.email);
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash/);
    const email = `invite-ok-${world.tag}@example.org`;
    const result = await inviteUser(
      { user: world.users.admin, ip: "192.0.2.1" },
      { locale: "de", email, name: "Neu", role: "CITY_EDITOR", cityIds: [world.city1.id], providerIds: [] },
      new Date(),
    );
    expect(result.status).toBe("invited");
    const again = await inviteUser(
      { user: world.users.admin, ip: null },
      { locale: "de", email, name: null, role: "ADMIN", cityIds: [], providerIds: [] },
      new Date(),
    );
    expect(again).toEqual({ status: "emailTaken" });
    const created = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, cities: { select: { cityId: true } } },
    });
    expect(created).toMatchObject({ role: "CITY_EDITOR", cities: [{ cityId: world.city1.id }] });
    await db.auditEntry.deleteMany({ where: { entityId: created.id } });
    await db.user.delete({ where: { id: created.id } });
  });

  it("the audit log shows an editor only their own entries, an ADMIN all of them", async () => {
    const mine = await listAuditEntries(world.users.cityEditor, { page: 1 });
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.actorEmail === world.users.cityEditor.email)).toBe(true);
    const all = await listAuditEntries(world.users.admin, { entityType: "offer", page: 1 });
    expect(new Set(all.entries.map((e) => e.actorEmail))).toEqual(
      new Set([world.users.admin.email, world.users.cityEditor.email, world.users.providerEditor.email]),
    );
  });
});

describe("the policy (can) and the database scopes agree", () => {
  const roles = ["admin", "cityEditor", "providerEditor"] as const;
  const reaches = async (where: object, table: "offer" | "city" | "provider", id: string) =>
    (table === "offer"
      ? db.offer.count({ where: { id, ...where } })
      : table === "city"
        ? db.city.count({ where: { id, ...where } })
        : db.provider.count({ where: { id, ...where } })
    ).then((n) => n === 1);

  it.each(roles)("%s: saving an own offer publishes exactly when can(offer.publish)", (who) => {
    expect(expected[who].A.edit).toBe(can(actor(who), "offer.publish") ? "saved" : "submitted");
  });

  it.each(roles)("%s: the review scope reaches an own offer exactly when can(review.decide)", async (who) => {
    expect(await reaches(await reviewScopeFor(actor(who)), "offer", world.offers.A.id)).toBe(can(actor(who), "review.decide"));
  });

  it.each(roles)("%s: the editable cities and Träger include their own exactly when can(district.edit / provider.edit)", async (who) => {
    expect(await reaches(await editableCityScopeFor(actor(who)), "city", world.city1.id)).toBe(can(actor(who), "district.edit"));
    expect(await reaches(await editableProviderScopeFor(actor(who)), "provider", world.provider1.id)).toBe(
      can(actor(who), "provider.edit"),
    );
  });

  it.each(roles)("%s: the offer scope reaches other cities' offers exactly when can(scope.all)", async (who) => {
    expect(await reaches(await offerScopeFor(actor(who)), "offer", world.offers.B.id)).toBe(can(actor(who), "scope.all"));
  });

  it.each(roles)("%s: accounts are listed exactly when can(account.manage)", async (who) => {
    expect((await listUsers(actor(who))) !== null).toBe(can(actor(who), "account.manage"));
  });

  it.each(roles)("%s: marking an own offer as checked is refused exactly when not can(verification.mark)", async (who) => {
    const before = await snapshot(world.offers.A.id);
    // A stale version: an allowed user gets "conflict", so nothing is written either way.
    const result = await markOfferVerified({ user: actor(who), ip: null }, { offerId: world.offers.A.id, version: 0 }, new Date());
    expect(result.status).toBe(can(actor(who), "verification.mark") ? "conflict" : "forbidden");
    expect(await snapshot(world.offers.A.id)).toEqual(before);
  });
});
