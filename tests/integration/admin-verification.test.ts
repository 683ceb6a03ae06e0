import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEntriesFor } from "@/lib/admin/audit/data";
import { listOffersDueForVerification, listScopedFilterOptions } from "@/lib/admin/verification/data";
import { markOfferVerified } from "@/lib/admin/verification/mutations";
import { toDateValue } from "@/lib/admin/verification/rules";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
const extra: string[] = [];
// A fixed "today" keeps the twelve-month boundary exact: 2025-06-15 is exactly twelve months before.
const today = "2026-06-15";

async function addOffer(key: string, data: { lastVerifiedAt: Date | null; status: "PUBLISHED" | "ARCHIVED" | "DRAFT" }) {
  const type = await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { typeId: true } });
  const offer = await db.offer.create({
    data: {
      slug: `adm-ver-${key}-${world.tag}`,
      name: `Prüfangebot ${key}`,
      summary: "Kurz",
      description: "Lang",
      typeId: type.typeId,
      cityId: world.city1.id,
      providerId: world.provider1.id,
      ...data,
    },
    select: { id: true },
  });
  extra.push(offer.id);
  return offer.id;
}

beforeAll(async () => {
  world = await createAdminWorld(db);
  await db.offer.update({ where: { id: world.offers.A.id }, data: { lastVerifiedAt: toDateValue("2025-06-14") } });
  await db.offer.update({ where: { id: world.offers.B.id }, data: { lastVerifiedAt: toDateValue("2023-01-01") } });
  await db.offer.update({ where: { id: world.offers.C.id }, data: { lastVerifiedAt: null } });
});
afterAll(async () => {
  await db.auditEntry.deleteMany({ where: { entityId: { in: extra } } });
  await db.offer.deleteMany({ where: { id: { in: extra } } });
  await world.cleanup();
  await db.$disconnect();
});

describe("offers due for verification", () => {
  it("lists never-checked offers first, then the oldest check; not archived ones and not those checked within 12 months", async () => {
    const exactlyTwelveMonths = await addOffer("grenze", { lastVerifiedAt: toDateValue("2025-06-15"), status: "PUBLISHED" });
    const archived = await addOffer("archiv", { lastVerifiedAt: null, status: "ARCHIVED" });
    const olderDraft = await addOffer("entwurf", { lastVerifiedAt: toDateValue("2024-02-29"), status: "DRAFT" });
    const page = await listOffersDueForVerification(world.users.cityEditor, { page: 1 }, today);
    expect(page.offers.map((o) => o.id)).toEqual([world.offers.C.id, olderDraft, world.offers.A.id]);
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1, cutoff: "2025-06-15" });
    expect(page.offers.map((o) => o.id)).not.toContain(exactlyTwelveMonths);
    expect(page.offers.map((o) => o.id)).not.toContain(archived);
    expect(page.offers[0]).toMatchObject({
      name: "Angebot c",
      cityName: expect.stringContaining("Einsstadt"),
      providerName: "Träger Zwei",
      lastVerifiedAt: null,
    });
  });

  it("keeps to the user's scope and filters by city and Träger", async () => {
    const ids = async (...args: Parameters<typeof listOffersDueForVerification>) =>
      (await listOffersDueForVerification(...args)).offers.map((o) => o.id);
    const { users, offers, city1, city2, provider1, provider2 } = world;
    expect(await ids(users.providerEditor, { page: 1 }, today)).not.toContain(offers.C.id);
    expect(await ids(users.providerEditor, { page: 1 }, today)).toContain(offers.A.id);
    expect(await ids(users.cityEditor, { page: 1 }, today)).not.toContain(offers.B.id);
    expect(await ids(users.cityEditor, { cityId: city2.id, page: 1 }, today)).toEqual([]);
    expect(await ids(users.cityEditor, { providerId: provider2.id, page: 1 }, today)).toEqual([offers.C.id]);
    expect(await ids(users.disabledEditor, { page: 1 }, today)).toEqual([]);
    expect(await ids(users.admin, { cityId: city2.id, page: 1 }, today)).toEqual([offers.B.id]);
    expect(await ids(users.admin, { cityId: city1.id, providerId: provider1.id, page: 1 }, today)).toContain(offers.A.id);

    const options = await listScopedFilterOptions(users.cityEditor);
    expect(options.cities.map((c) => c.id)).toEqual([city1.id]);
    expect(options.providers.map((p) => p.id).sort()).toEqual([provider1.id, provider2.id].sort());
  });
});

describe("marking an offer as checked", () => {
  it("sets today's Berlin date, bumps the version, audits, and takes the offer off the list", async () => {
    const before = await db.offer.findUniqueOrThrow({ where: { id: world.offers.C.id }, select: { version: true } });
    // 23:30 UTC on 28 March 2026 is already 29 March in Berlin.
    const result = await markOfferVerified(
      { user: world.users.cityEditor, ip: "192.0.2.7" },
      { offerId: world.offers.C.id, version: before.version },
      new Date("2026-03-28T23:30:00Z"),
    );
    expect(result).toMatchObject({ status: "verified", verifiedOn: "2026-03-29", version: before.version + 1 });
    const stored = await db.offer.findUniqueOrThrow({ where: { id: world.offers.C.id }, select: { version: true, lastVerifiedAt: true } });
    expect(stored).toEqual({ version: before.version + 1, lastVerifiedAt: toDateValue("2026-03-29") });
    const [entry] = await listAuditEntriesFor(world.users.admin, "offer", world.offers.C.id);
    expect(entry).toMatchObject({
      action: "offer.verify",
      actorEmail: world.users.cityEditor.email,
      ip: "192.0.2.7",
      before: { lastVerifiedAt: null },
      after: { lastVerifiedAt: "2026-03-29" },
    });
    const page = await listOffersDueForVerification(world.users.cityEditor, { page: 1 }, "2026-03-29");
    expect(page.offers.map((o) => o.id)).not.toContain(world.offers.C.id);
  });

  it("refuses a stale version, an offer outside the scope and a PROVIDER_EDITOR, writing nothing", async () => {
    const audits = () => db.auditEntry.count({ where: { entityId: { in: [world.offers.A.id, world.offers.B.id] } } });
    const auditsBefore = await audits();
    const a = await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { version: true, lastVerifiedAt: true } });
    const b = await db.offer.findUniqueOrThrow({ where: { id: world.offers.B.id }, select: { version: true, lastVerifiedAt: true } });
    const ctx = (user: typeof world.users.admin) => ({ user, ip: null });
    const now = new Date();
    expect(await markOfferVerified(ctx(world.users.cityEditor), { offerId: world.offers.A.id, version: a.version + 5 }, now)).toEqual({
      status: "conflict",
    });
    expect(await markOfferVerified(ctx(world.users.cityEditor), { offerId: world.offers.B.id, version: b.version }, now)).toEqual({
      status: "notFound",
    });
    expect(await markOfferVerified(ctx(world.users.providerEditor), { offerId: world.offers.A.id, version: a.version }, now)).toEqual({
      status: "forbidden",
    });
    expect(await markOfferVerified(ctx(world.users.disabledEditor), { offerId: world.offers.A.id, version: a.version }, now)).toEqual({
      status: "notFound",
    });
    // A PROVIDER_EDITOR posing as CITY_EDITOR is still only what the database says.
    const forged = { ...world.users.providerEditor, role: "CITY_EDITOR" as const };
    expect(await markOfferVerified(ctx(forged), { offerId: world.offers.A.id, version: a.version }, now)).toEqual({ status: "notFound" });
    expect(await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { version: true, lastVerifiedAt: true } })).toEqual(
      a,
    );
    expect(await db.offer.findUniqueOrThrow({ where: { id: world.offers.B.id }, select: { version: true, lastVerifiedAt: true } })).toEqual(
      b,
    );
    expect(await audits()).toBe(auditsBefore);
  });
});
