import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEntriesFor } from "@/lib/admin/audit/data";
import { checkOfferImport, listOffersForExport } from "@/lib/admin/csv/data";
import { serializeOffersCsv } from "@/lib/admin/csv/export";
import { importOffers } from "@/lib/admin/csv/mutations";
import { parseCsvTable } from "@/lib/admin/csv/parse";
import type { CsvTable } from "@/lib/admin/csv/parse";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
let typeSlug: string;
// A Träger without a city: the form offers it for an offer of every city.
let cityless: { id: string; slug: string };

beforeAll(async () => {
  world = await createAdminWorld(db);
  cityless = await db.provider.create({
    data: { slug: `adm-ohne-stadt-${world.tag}`, name: "Träger ohne Stadt" },
    select: { id: true, slug: true },
  });
  typeSlug = (await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { type: { select: { slug: true } } } })).type
    .slug;
});
afterAll(async () => {
  // Offers the imports created live in the world's cities; remove them before the world.
  const created = await db.offer.findMany({
    where: { cityId: { in: [world.city1.id, world.city2.id] }, id: { notIn: Object.values(world.offers).map((o) => o.id) } },
    select: { id: true },
  });
  await db.auditEntry.deleteMany({ where: { entityId: { in: created.map((o) => o.id) } } });
  await db.offer.deleteMany({ where: { id: { in: created.map((o) => o.id) } } });
  await db.provider.delete({ where: { id: cityless.id } });
  await world.cleanup();
  await db.$disconnect();
});

function table(lines: string[]): CsvTable {
  const parsed = parseCsvTable(lines.join("\n"));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

const header = "id;version;city;type;provider;status;name;summary;description;postcode";
const version = async (id: string) => (await db.offer.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const snapshot = () =>
  db.offer.findMany({
    where: { cityId: { in: [world.city1.id, world.city2.id] } },
    select: { id: true, name: true, summary: true, version: true },
    orderBy: { id: "asc" },
  });
const countAudits = () => db.auditEntry.count({ where: { actorId: { in: Object.values(world.users).map((u) => u.id) } } });

function newRow(name: string, city = world.city1.slug, postcode = "40210") {
  return `;;${city};${typeSlug};;;${name};Kurz;Lang;${postcode}`;
}

describe("CSV import: dry run", () => {
  it("plans creates and updates but writes nothing", async () => {
    const before = await snapshot();
    const auditsBefore = await countAudits();
    const plan = await checkOfferImport(
      world.users.cityEditor,
      table([
        header,
        newRow("Neu im Test"),
        `${world.offers.A.id};${await version(world.offers.A.id)};${world.city1.slug};${typeSlug};;;Angebot a;Neu gefasst;Lang;`,
      ]),
    );
    expect(plan?.errors).toEqual([]);
    expect(plan?.planned.map((p) => [p.row, p.action])).toEqual([
      [2, "create"],
      [3, "update"],
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await countAudits()).toBe(auditsBefore);
  });
});

describe("CSV import: all or nothing", () => {
  it("creates and updates every row in one transaction, each audited", async () => {
    const ctx = { user: world.users.cityEditor, ip: "203.0.113.5" };
    const aVersion = await version(world.offers.A.id);
    const result = await importOffers(
      ctx,
      table([
        header,
        newRow("Treff am Markt"),
        newRow("Treff am Markt"),
        `${world.offers.A.id};${aVersion};;${typeSlug};${cityless.slug};PUBLISHED;Angebot a;Per Import;Lang;45127`,
      ]),
      new Date(),
    );
    expect(result).toMatchObject({ status: "imported", created: 2, updated: 1, unchanged: 0 });
    const created = await db.offer.findMany({
      where: { cityId: world.city1.id, name: "Treff am Markt" },
      select: { id: true, slug: true, status: true, sourceDocument: true, postcode: true, version: true },
      orderBy: { slug: "asc" },
    });
    expect(created.map((o) => o.slug)).toEqual([`${world.city1.slug}-treff-am-markt`, `${world.city1.slug}-treff-am-markt-2`]);
    expect(created[0]).toMatchObject({ status: "DRAFT", sourceDocument: "CSV-Import", postcode: "40210", version: 1 });
    const a = await db.offer.findUniqueOrThrow({
      where: { id: world.offers.A.id },
      select: { summary: true, postcode: true, version: true, status: true, provider: { select: { id: true } } },
    });
    expect(a).toEqual({
      summary: "Per Import",
      postcode: "45127",
      version: aVersion + 1,
      status: "PUBLISHED",
      provider: { id: cityless.id },
    });

    const [update] = await listAuditEntriesFor(world.users.admin, "offer", world.offers.A.id);
    expect(update).toMatchObject({
      action: "offer.update",
      ip: "203.0.113.5",
      before: { summary: "Kurz", postcode: null },
      after: { summary: "Per Import", postcode: "45127" },
    });
    for (const offer of created) {
      const [entry] = await listAuditEntriesFor(world.users.admin, "offer", offer.id);
      expect(entry).toMatchObject({
        action: "offer.create",
        actorEmail: world.users.cityEditor.email,
        after: { name: "Treff am Markt", slug: offer.slug },
      });
    }
  });

  it("writes nothing when one row is invalid, stale or out of scope", async () => {
    const ctx = { user: world.users.cityEditor, ip: null };
    const cVersion = await version(world.offers.C.id);
    const aVersion = await version(world.offers.A.id);
    const cases: [string[], { row: number; column: string | null; code: string }][] = [
      [[header, newRow("Gut"), newRow("Schlecht", world.city1.slug, "4021")], { row: 3, column: "postcode", code: "invalidPostcode" }],
      [
        [header, newRow("Gut"), `${world.offers.C.id};${cVersion - 1 || 99};;;;;Angebot c;Alt;Lang;`],
        { row: 3, column: "version", code: "versionConflict" },
      ],
      [[header, newRow("Gut"), newRow("Fremd", world.city2.slug)], { row: 3, column: "city", code: "cityOutOfScope" }],
      [[header, newRow("Gut"), `${world.offers.B.id};1;;;;;Angebot b;Gekapert;Lang;`], { row: 3, column: "id", code: "notFound" }],
      [
        [header, newRow("Gut"), `${world.offers.A.id};${aVersion};;;adm-traeger-2-${world.tag};;Angebot a;Kurz;Lang;`],
        { row: 3, column: "provider", code: "providerOutOfScope" },
      ],
    ];
    for (const [lines, error] of cases) {
      const before = await snapshot();
      const auditsBefore = await countAudits();
      const result = await importOffers(ctx, table(lines), new Date());
      expect(result.status).toBe("invalid");
      expect(result.status === "invalid" && result.errors).toEqual([error]);
      expect(await snapshot()).toEqual(before);
      expect(await countAudits()).toBe(auditsBefore);
    }
  });
});

describe("CSV import: the form's district rule", () => {
  it("drops an offer's districts when the import sets whole_city, as the form does", async () => {
    const district = await db.district.create({
      data: { cityId: world.city1.id, slug: `bezirk-${world.tag}`, name: "Bezirk" },
      select: { id: true },
    });
    await db.offerDistrict.create({ data: { offerId: world.offers.C.id, districtId: district.id } });
    const cVersion = await version(world.offers.C.id);
    const result = await importOffers(
      { user: world.users.cityEditor, ip: null },
      table(["id;version;whole_city", `${world.offers.C.id};${cVersion};ja`]),
      new Date(),
    );
    expect(result).toMatchObject({ status: "imported", updated: 1 });
    expect(
      await db.offer.findUniqueOrThrow({ where: { id: world.offers.C.id }, select: { servesWholeCity: true, districts: true } }),
    ).toEqual({ servesWholeCity: true, districts: [] });
    const [entry] = await listAuditEntriesFor(world.users.admin, "offer", world.offers.C.id);
    expect(entry).toMatchObject({
      before: { servesWholeCity: false, districtIds: [district.id] },
      after: { servesWholeCity: true, districtIds: [] },
    });
    await db.offer.update({ where: { id: world.offers.C.id }, data: { servesWholeCity: false } });
    await db.district.delete({ where: { id: district.id } });
  });
});

describe("CSV import: concurrent imports", () => {
  it("two imports changing the same offer: one wins, the other writes nothing at all", async () => {
    const ctx = { user: world.users.cityEditor, ip: null };
    const cVersion = await version(world.offers.C.id);
    // The new offer comes first, so the loser has already inserted it when its update finds the newer version.
    const file = (label: string) =>
      table([header, newRow(`Rennen ${label}`), `${world.offers.C.id};${cVersion};;;;;Angebot c;Fassung ${label};Lang;`]);
    const results = await Promise.all([importOffers(ctx, file("Eins"), new Date()), importOffers(ctx, file("Zwei"), new Date())]);
    const winner = results.findIndex((r) => r.status === "imported");
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(["conflict", "invalid"]).toContain(results[1 - winner]!.status);
    const label = winner === 0 ? "Eins" : "Zwei";
    const racers = await db.offer.findMany({ where: { cityId: world.city1.id, name: { startsWith: "Rennen " } }, select: { name: true } });
    expect(racers).toEqual([{ name: `Rennen ${label}` }]);
    expect(await db.offer.findUniqueOrThrow({ where: { id: world.offers.C.id }, select: { summary: true, version: true } })).toEqual({
      summary: `Fassung ${label}`,
      version: cVersion + 1,
    });
  });
});

describe("CSV import: who may import", () => {
  it("refuses PROVIDER_EDITORs, disabled accounts and forged roles in the data layer", async () => {
    const before = await snapshot();
    const lines = [header, newRow("Versuch"), `${world.offers.A.id};${await version(world.offers.A.id)};;;;;Angebot a;Versuch;Lang;`];
    expect(await importOffers({ user: world.users.providerEditor, ip: null }, table(lines), new Date())).toEqual({ status: "forbidden" });
    expect(await checkOfferImport(world.users.providerEditor, table(lines))).toBeNull();

    const refusedAs = async (user: ActingUser) => {
      const result = await importOffers({ user, ip: null }, table(lines), new Date());
      return result.status === "invalid" ? result.errors.map((e) => e.code) : result.status;
    };
    expect(await refusedAs(world.users.disabledEditor)).toEqual(["cityOutOfScope", "notFound"]);
    expect(await refusedAs({ ...world.users.providerEditor, role: "CITY_EDITOR" })).toEqual(["cityOutOfScope", "notFound"]);
    expect(await refusedAs({ ...world.users.cityEditor, role: "ADMIN" })).toEqual(["cityOutOfScope", "notFound"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("CSV export", () => {
  const ids = async (user: ActingUser, filter: Parameters<typeof listOffersForExport>[1] = { list: "offers" }) =>
    ((await listOffersForExport(user, filter, "2026-06-15")) ?? []).map((o) => o.id);

  it("exports only offers in the user's scope, with the list's filters", async () => {
    const { users, offers, city1, provider1 } = world;
    // An earlier test may have moved offer A to the Träger without a city.
    await db.offer.update({ where: { id: offers.A.id }, data: { providerId: provider1.id } });
    const mine = await ids(users.cityEditor);
    expect(mine).toEqual(expect.arrayContaining([offers.A.id, offers.C.id]));
    expect(mine).not.toContain(offers.B.id);
    expect(await ids(users.providerEditor)).toEqual([offers.A.id]);
    expect(await ids(users.disabledEditor)).toEqual([]);
    expect(await ids({ ...users.providerEditor, role: "ADMIN" })).toEqual([]);
    expect(await ids(users.admin, { list: "offers", cityId: world.city2.id })).toEqual([offers.B.id]);
    expect(await ids(users.cityEditor, { list: "offers", cityId: city1.id, providerId: provider1.id, status: "ARCHIVED" })).toEqual([]);
    const due = await ids(users.cityEditor, { list: "verification" });
    expect(due).toEqual(expect.arrayContaining([offers.C.id]));
  });

  it("exports a file that imports again as unchanged", async () => {
    const rows = await listOffersForExport(world.users.cityEditor, { list: "offers" }, "2026-06-15");
    const parsed = parseCsvTable(serializeOffersCsv(rows!));
    expect(parsed.ok).toBe(true);
    const plan = await checkOfferImport(world.users.cityEditor, (parsed as { ok: true; value: CsvTable }).value);
    expect(plan?.errors).toEqual([]);
    expect(plan?.planned.every((p) => p.action === "unchanged")).toBe(true);
    expect(plan?.planned).toHaveLength(rows!.length);
  });
});
