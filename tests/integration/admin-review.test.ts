import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getOfferForEdit } from "@/lib/admin/data";
import { getOfferHistory } from "@/lib/admin/history/data";
import { restoreOfferVersion } from "@/lib/admin/history/mutations";
import { updateOffer } from "@/lib/admin/mutations";
import { getRevisionForReview, listPendingRevisions } from "@/lib/admin/review/data";
import { decideRevision } from "@/lib/admin/review/mutations";
import { toEditValues, toSaveInput } from "@/lib/admin/review/save-input";
import type { ActingUser, OfferEditValues } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { getOfferBySlug } from "@/lib/directory/data";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

const ctx = (user: ActingUser) => ({ user, ip: "192.0.2.7" });

/** A PROVIDER_EDITOR's change of offer A, pending review. */
async function submitChange(changes: Partial<OfferEditValues>): Promise<string> {
  const editor = world.users.providerEditor;
  const current = (await getOfferForEdit(editor, world.offers.A.id))!;
  const result = await updateOffer(ctx(editor), toSaveInput(current, { ...toEditValues(current), ...changes }, current.version, "de"));
  if (result.status !== "submitted") throw new Error(`expected a pending revision, got ${result.status}`);
  return result.revisionId;
}

async function storedA() {
  return db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { name: true, summary: true, version: true } });
}

const decide = (user: ActingUser, revisionId: string, decision: "approve" | "reject", comment: string | null = null) =>
  decideRevision(ctx(user), { revisionId, decision, comment, locale: "de" });

describe("reviewing a PROVIDER_EDITOR's change", () => {
  it("a submitted change leaves the offer as it was", async () => {
    const before = await storedA();
    const slug = (await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { slug: true } })).slug;
    const publicBefore = await getOfferBySlug(slug, "de");
    const revisionId = await submitChange({ name: "Nur vorgeschlagen" });
    expect(await storedA()).toEqual(before);
    expect((await getOfferBySlug(slug, "de"))?.name.text).toBe(publicBefore?.name.text);
    const queue = await listPendingRevisions(world.users.cityEditor);
    expect(queue.map((r) => r.id)).toContain(revisionId);
    await decide(world.users.admin, revisionId, "reject");
  });

  it("authorisation matrix: only the city's CITY_EDITOR and ADMIN decide, never the author, never out of scope", async () => {
    const revisionId = await submitChange({ summary: "Matrix" });
    // The author (a PROVIDER_EDITOR) sees nothing to review and cannot decide.
    expect(await listPendingRevisions(world.users.providerEditor)).toEqual([]);
    expect(await getRevisionForReview(world.users.providerEditor, revisionId)).toBeNull();
    expect(await decide(world.users.providerEditor, revisionId, "approve")).toEqual({ status: "notFound" });
    // A disabled CITY_EDITOR of the same city, and a forged role, reach nothing.
    expect(await decide(world.users.disabledEditor, revisionId, "approve")).toEqual({ status: "notFound" });
    expect(await decide({ ...world.users.providerEditor, role: "ADMIN" }, revisionId, "approve")).toEqual({ status: "notFound" });
    expect((await storedA()).summary).not.toBe("Matrix");

    // A revision of offer B (city 2): out of the city-1 editor's scope, in the admin's.
    const b = await db.offer.findUniqueOrThrow({ where: { id: world.offers.B.id }, select: { version: true } });
    const other = await db.revision.create({
      data: {
        entityType: "offer",
        entityId: world.offers.B.id,
        baseVersion: b.version,
        before: {},
        after: { name: "Fremd" },
        authorId: world.users.providerEditor.id,
      },
      select: { id: true },
    });
    expect(await getRevisionForReview(world.users.cityEditor, other.id)).toBeNull();
    expect(await decide(world.users.cityEditor, other.id, "reject")).toEqual({ status: "notFound" });
    expect((await listPendingRevisions(world.users.cityEditor)).map((r) => r.id)).not.toContain(other.id);
    expect((await listPendingRevisions(world.users.admin)).map((r) => r.id)).toContain(other.id);
    expect(await decide(world.users.admin, other.id, "reject")).toEqual({ status: "rejected" });

    expect(await decide(world.users.cityEditor, revisionId, "reject", "passt nicht")).toEqual({ status: "rejected" });
    expect(await decide(world.users.admin, revisionId, "approve")).toEqual({ status: "alreadyReviewed" });
  });

  it("a reviewer cannot approve their own revision", async () => {
    const current = (await getOfferForEdit(world.users.admin, world.offers.A.id))!;
    const own = await db.revision.create({
      data: {
        entityType: "offer",
        entityId: current.id,
        baseVersion: current.version,
        before: {},
        after: { name: "Selbst" },
        authorId: world.users.cityEditor.id,
      },
      select: { id: true },
    });
    expect(await decide(world.users.cityEditor, own.id, "approve")).toEqual({ status: "ownRevision" });
    expect((await getRevisionForReview(world.users.cityEditor, own.id))?.ownRevision).toBe(true);
    expect((await storedA()).name).not.toBe("Selbst");
    expect(await decide(world.users.admin, own.id, "reject")).toEqual({ status: "rejected" });
  });

  it("approving applies the change through the locked save and audits it", async () => {
    const before = await storedA();
    const revisionId = await submitChange({ name: "Freigegeben", summary: "Neue Kurzfassung" });
    const review = (await getRevisionForReview(world.users.cityEditor, revisionId))!;
    expect(review).toMatchObject({
      status: "PENDING",
      stale: false,
      ownRevision: false,
      after: { name: "Freigegeben" },
      before: { name: before.name },
    });

    const result = await decide(world.users.cityEditor, revisionId, "approve", "geprüft");
    expect(result).toMatchObject({ status: "approved" });
    expect(await storedA()).toEqual({ name: "Freigegeben", summary: "Neue Kurzfassung", version: before.version + 1 });
    const revision = await db.revision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { status: true, reviewerId: true, comment: true },
    });
    expect(revision).toEqual({ status: "APPROVED", reviewerId: world.users.cityEditor.id, comment: "geprüft" });
    const actions = (await getOfferHistory(world.users.cityEditor, world.offers.A.id, { page: 1 }))!.entries.map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(["revision.approve", "offer.update", "offer.submit"]);
  });

  it("two reviewers approving at once: the change is applied exactly once", async () => {
    const before = await storedA();
    const revisionId = await submitChange({ summary: "Gleichzeitig" });
    const results = await Promise.all([
      decide(world.users.admin, revisionId, "approve"),
      decide(world.users.cityEditor, revisionId, "approve"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["approved", "conflict"]);
    expect(await storedA()).toMatchObject({ summary: "Gleichzeitig", version: before.version + 1 });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { status: true } })).status).toBe("APPROVED");
  });

  it("rejecting leaves the offer unchanged and is audited", async () => {
    const before = await storedA();
    const revisionId = await submitChange({ name: "Abgelehnt" });
    expect(await decide(world.users.admin, revisionId, "reject", "Bitte Quelle angeben")).toEqual({ status: "rejected" });
    expect(await storedA()).toEqual(before);
    const history = (await getOfferHistory(world.users.admin, world.offers.A.id, { action: "revision.reject", page: 1 }))!;
    expect(history.entries[0]?.after).toMatchObject({ revisionId, comment: "Bitte Quelle angeben" });
  });

  it("a stale approval (the offer changed since) is a conflict and applies nothing", async () => {
    const revisionId = await submitChange({ name: "Veraltet" });
    const current = (await getOfferForEdit(world.users.cityEditor, world.offers.A.id))!;
    await updateOffer(
      ctx(world.users.cityEditor),
      toSaveInput(current, { ...toEditValues(current), summary: "Zwischendurch" }, current.version, "de"),
    );
    expect((await getRevisionForReview(world.users.admin, revisionId))?.stale).toBe(true);
    expect(await decide(world.users.admin, revisionId, "approve")).toEqual({ status: "conflict" });
    expect(await storedA()).toMatchObject({ summary: "Zwischendurch", version: current.version + 1 });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { status: true } })).status).toBe("PENDING");
    await decide(world.users.admin, revisionId, "reject");
  });
});

describe("restoring an earlier version", () => {
  it("reproduces the old version exactly, as a new version, and refuses a stale restore", async () => {
    const editor = world.users.cityEditor;
    const original = (await getOfferForEdit(editor, world.offers.C.id))!;
    const changed = { ...toEditValues(original), name: "Umbenannt", street: "Neue Straße 1", contacts: [] };
    const saved = await updateOffer(ctx(editor), toSaveInput(original, changed, original.version, "de"));
    expect(saved.status).toBe("saved");
    const history = (await getOfferHistory(editor, original.id, { action: "offer.update", page: 1 }))!;
    const entry = history.entries[0]!;
    const now = (await getOfferForEdit(editor, original.id))!;

    expect(
      await restoreOfferVersion(ctx(editor), {
        offerId: original.id,
        entryId: entry.id,
        side: "before",
        version: original.version,
        locale: "de",
      }),
    ).toMatchObject({ status: "conflict" });
    const restored = await restoreOfferVersion(ctx(editor), {
      offerId: original.id,
      entryId: entry.id,
      side: "before",
      version: now.version,
      locale: "de",
    });
    expect(restored).toMatchObject({ status: "saved", version: now.version + 1 });
    const after = (await getOfferForEdit(editor, original.id))!;
    const withoutContactIds = (v: OfferEditValues) => ({ ...v, contacts: v.contacts.map((c) => ({ ...c, id: null })) });
    expect(withoutContactIds(toEditValues(after))).toEqual(withoutContactIds(toEditValues(original)));
    expect(after.version).toBe(original.version + 2);
  });

  it("a PROVIDER_EDITOR's restore becomes a pending revision; out of scope is not found", async () => {
    const editor = world.users.providerEditor;
    const history = (await getOfferHistory(world.users.admin, world.offers.A.id, { action: "offer.update", page: 1 }))!;
    const entry = history.entries[0]!;
    const before = await storedA();
    const result = await restoreOfferVersion(ctx(editor), {
      offerId: world.offers.A.id,
      entryId: entry.id,
      side: "before",
      version: before.version,
      locale: "de",
    });
    expect(result).toMatchObject({ status: "submitted" });
    expect(await storedA()).toEqual(before);
    expect(await getOfferHistory(editor, world.offers.C.id, { page: 1 })).toBeNull();
    // Addresses in the history are for ADMIN only.
    expect((await getOfferHistory(editor, world.offers.A.id, { page: 1 }))!.entries.every((e) => e.ip === null)).toBe(true);
    expect((await getOfferHistory(world.users.admin, world.offers.A.id, { page: 1 }))!.entries.some((e) => e.ip === "192.0.2.7")).toBe(
      true,
    );
    const cEntry = (await getOfferHistory(world.users.admin, world.offers.C.id, { action: "offer.update", page: 1 }))!.entries[0]!;
    expect(
      await restoreOfferVersion(ctx(editor), { offerId: world.offers.C.id, entryId: cEntry.id, side: "before", version: 1, locale: "de" }),
    ).toEqual({ status: "notFound" });
    // An entry of another offer cannot be smuggled in through this offer's id.
    expect(
      await restoreOfferVersion(ctx(world.users.admin), {
        offerId: world.offers.A.id,
        entryId: cEntry.id,
        side: "before",
        version: before.version,
        locale: "de",
      }),
    ).toEqual({ status: "notFound" });
  });
});
