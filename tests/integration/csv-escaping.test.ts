import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkOfferImport, listOffersForExport } from "@/lib/admin/csv/data";
import { serializeOffersCsv } from "@/lib/admin/csv/export";
import { importOffers } from "@/lib/admin/csv/mutations";
import { parseCsvTable } from "@/lib/admin/csv/parse";
import type { CsvTable } from "@/lib/admin/csv/parse";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";
import { callApi } from "./hsds-client";

// The security issue's formula injection: texts a spreadsheet would run as a formula
// leave both CSV exports with the apostrophe in front, and the admin export imports
// back to exactly what is stored.

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

const texts = {
  name: "-2+3+cmd|' /C calc'!A0",
  summary: '=HYPERLINK("http://example.org/x","klick")',
  description: "@SUM(1)",
  street: '-(2)*HYPERLINK("x")',
  locality: "'=schon mit Apostroph",
  phone: "+49 211 123456",
};
const escaped = {
  name: "'-2+3+cmd|' /C calc'!A0",
  summary: '\'=HYPERLINK("http://example.org/x","klick")',
  description: "'@SUM(1)",
  street: '\'-(2)*HYPERLINK("x")',
  locality: "''=schon mit Apostroph",
  phone: "'+49 211 123456",
};
const stored = () =>
  db.offer.findUniqueOrThrow({
    where: { id: world.offers.A.id },
    select: { version: true, name: true, summary: true, description: true, street: true, locality: true, phone: true },
  });

beforeAll(async () => {
  process.env.HSDS_RATE_LIMIT = "0";
  world = await createAdminWorld(db);
  // With a postcode the offer has an address, so that the HSDS export writes the street too.
  await db.offer.update({ where: { id: world.offers.A.id }, data: { ...texts, postcode: "40210" } });
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
  delete process.env.HSDS_RATE_LIMIT;
});

/** The cells of the record whose first cell is the offer's id, as a spreadsheet would read them. */
function recordOf(csv: string, delimiter: ";" | ","): Record<string, string> {
  const [header, ...records] = parse(csv.replace(/^\uFEFF/, ""), { delimiter }) as string[][];
  const record = records.find((r) => r[0] === world.offers.A.id);
  expect(record).toBeDefined();
  return Object.fromEntries(header!.map((column, index) => [column, record![index]!]));
}

function table(csv: string): CsvTable {
  const parsed = parseCsvTable(csv);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

describe("CSV formula escaping", () => {
  it("the admin export prefixes every formula-like cell", async () => {
    const csv = serializeOffersCsv((await listOffersForExport(world.users.cityEditor, { list: "offers" }, "2026-06-15"))!);
    const record = recordOf(csv, ";");
    expect({
      name: record.name,
      summary: record.summary,
      description: record.description,
      street: record.street,
      locality: record.locality,
      phone: record.phone,
    }).toEqual(escaped);
  });

  it("the HSDS export.csv prefixes every formula-like cell", async () => {
    const response = await callApi("export.csv");
    expect(response.status).toBe(200);
    const record = recordOf(await response.text(), ",");
    expect(record.name).toBe(escaped.name);
    expect(record.description).toBe(escaped.description);
    expect(record.phone).toBe(escaped.phone);
    expect(record.address).toBe(escaped.street);
    for (const cell of Object.values(record)) expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
  });

  it("round trip: the admin export imports back unchanged, byte for byte", async () => {
    const before = await stored();
    const csv = serializeOffersCsv((await listOffersForExport(world.users.cityEditor, { list: "offers" }, "2026-06-15"))!);
    const plan = await checkOfferImport(world.users.cityEditor, table(csv));
    expect(plan?.errors).toEqual([]);
    expect(plan?.planned.find((p) => p.action !== "create" && p.offer.id === world.offers.A.id)).toMatchObject({
      action: "unchanged",
      values: texts,
    });
    const result = await importOffers({ user: world.users.cityEditor, ip: null }, table(csv), new Date());
    expect(result).toMatchObject({ status: "imported", created: 0, updated: 0 });
    expect(await stored()).toEqual(before);
    expect(before).toMatchObject(texts);
  });
});
