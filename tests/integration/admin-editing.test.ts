import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEntriesFor } from "@/lib/admin/audit/data";
import { getOfferForEdit } from "@/lib/admin/data";
import { updateOffer } from "@/lib/admin/mutations";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld, toEditInput } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

describe("saving an offer (optimistic locking)", () => {
  it("two concurrent saves of one version: exactly one wins, the other gets the conflict with the winner's text", async () => {
    const editor = world.users.cityEditor;
    const loaded = (await getOfferForEdit(editor, world.offers.A.id))!;
    const results = await Promise.all(
      ["Fassung Eins", "Fassung Zwei"].map((name) => updateOffer({ user: editor, ip: "192.0.2.10" }, toEditInput(loaded, { name }))),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(["conflict", "saved"]);
    const stored = await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { name: true, version: true } });
    expect(stored.version).toBe(loaded.version + 1);
    const conflict = results.find((r) => r.status === "conflict");
    // The loser is shown what won, so that nothing is lost on either side.
    expect(conflict).toMatchObject({ status: "conflict", current: { name: stored.name, version: stored.version } });
    const audits = await listAuditEntriesFor(world.users.admin, "offer", world.offers.A.id);
    expect(audits.filter((a) => a.action === "offer.update")).toHaveLength(1);
  });

  it("a save against an old version changes nothing", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.C.id))!;
    await updateOffer({ user: editor, ip: null }, toEditInput(current, { name: "Neu" }));
    const stale = await updateOffer({ user: editor, ip: null }, toEditInput(current, { name: "Überschrieben?" }));
    expect(stale).toMatchObject({ status: "conflict", current: { name: "Neu", version: current.version + 1 } });
    expect((await db.offer.findUniqueOrThrow({ where: { id: world.offers.C.id }, select: { name: true } })).name).toBe("Neu");
  });

  it("writes an audit entry with who, when, what, before/after and IP, and edits, adds and removes contacts", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.C.id))!;
    const existing = current.contacts[0]!;
    const result = await updateOffer(
      { user: editor, ip: "198.51.100.4" },
      toEditInput(current, {
        description: "Neue Beschreibung",
        postcode: "40210",
        contacts: [
          { ...existing, role: "Leitung", remove: false },
          { id: null, remove: false, name: "Neue Person", role: null, department: null, phone: null, email: "neu@example.org" },
        ],
      }),
    );
    expect(result.status).toBe("saved");
    const contacts = await db.contact.findMany({
      where: { offerId: current.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, role: true, email: true },
    });
    expect(contacts).toMatchObject([
      { id: existing.id, role: "Leitung" },
      { name: "Neue Person", email: "neu@example.org" },
    ]);

    const [entry] = await listAuditEntriesFor(world.users.admin, "offer", current.id);
    expect(entry).toMatchObject({ action: "offer.update", actorEmail: editor.email, ip: "198.51.100.4", entityType: "offer" });
    expect(Date.now() - entry!.createdAt.getTime()).toBeLessThan(60_000);
    expect(entry!.before).toMatchObject({ description: "Lang", postcode: null });
    expect(entry!.after).toMatchObject({ description: "Neue Beschreibung", postcode: "40210" });
    expect((entry!.after as { contacts: { id: string }[] }).contacts.map((c) => c.id)).toEqual(contacts.map((c) => c.id));

    const removal = await updateOffer(
      { user: editor, ip: null },
      toEditInput((await getOfferForEdit(editor, current.id))!, {
        contacts: [{ ...contacts[1]!, department: null, phone: null, remove: true }],
      }),
    );
    expect(removal.status).toBe("saved");
    expect(await db.contact.findMany({ where: { offerId: current.id }, select: { id: true } })).toEqual([{ id: existing.id }]);
  });

  it("refuses a contact id of another offer (tampered form) and writes nothing", async () => {
    const editor = world.users.cityEditor;
    const target = (await getOfferForEdit(editor, world.offers.A.id))!;
    const foreign = (await getOfferForEdit(world.users.admin, world.offers.B.id))!.contacts[0]!;
    const auditsBefore = await db.auditEntry.count({ where: { entityId: target.id } });
    const result = await updateOffer(
      { user: editor, ip: null },
      toEditInput(target, { contacts: [{ ...foreign, name: "gekapert", remove: false }] }),
    );
    expect(result).toEqual({ status: "invalidContact" });
    expect((await db.contact.findUniqueOrThrow({ where: { id: foreign.id! }, select: { name: true } })).name).toBe(foreign.name);
    expect(await db.auditEntry.count({ where: { entityId: target.id } })).toBe(auditsBefore);
  });

  it("a PROVIDER_EDITOR's save becomes a pending revision with before/after and author", async () => {
    const editor = world.users.providerEditor;
    const current = (await getOfferForEdit(editor, world.offers.A.id))!;
    const result = await updateOffer({ user: editor, ip: "192.0.2.99" }, toEditInput(current, { summary: "Vorschlag" }));
    expect(result.status).toBe("submitted");
    const revision = await db.revision.findFirstOrThrow({
      where: { entityId: current.id, authorId: editor.id },
      orderBy: { createdAt: "desc" },
    });
    expect(revision).toMatchObject({ status: "PENDING", entityType: "offer", baseVersion: current.version, reviewerId: null });
    expect(revision.before).toMatchObject({ summary: current.summary });
    expect(revision.after).toMatchObject({ summary: "Vorschlag" });
    expect((await db.offer.findUniqueOrThrow({ where: { id: current.id }, select: { summary: true } })).summary).toBe(current.summary);
    const [entry] = await listAuditEntriesFor(world.users.admin, "offer", current.id);
    expect(entry).toMatchObject({ action: "offer.submit", actorEmail: editor.email, ip: "192.0.2.99" });
  });
});
