import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import type { HsdsExport, HsdsLocation, HsdsService } from "@/lib/hsds/schema";
import type { SeedData } from "@/lib/seed/read-files";
import { stableId } from "@/lib/ids/stable-id";
import { createOpenApiValidator, hsdsErrors } from "@/tests/support/hsds-validator";
import { ensureSeedData } from "./ensure-seed";
import { createHsdsFixture } from "./hsds-fixture";
import type { HsdsFixture } from "./hsds-fixture";
import { callApi, getJson } from "./hsds-client";

const db = createPrismaClient(inject("databaseUrl"));
let fixture: HsdsFixture;
let seed: SeedData;
let dataset: HsdsExport;

beforeAll(async () => {
  process.env.HSDS_RATE_LIMIT = "0";
  seed = await ensureSeedData(db);
  fixture = await createHsdsFixture(db);
  dataset = await getJson<HsdsExport>("export.json");
}, 120_000);
afterAll(async () => {
  await fixture?.cleanUp();
  await db.$disconnect();
  delete process.env.HSDS_RATE_LIMIT;
});

// Reads contacts and hours back out of HSDS records, independently of lib/hsds/map.ts.
const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
function readContacts(service: HsdsService, locations: Map<string, HsdsLocation>) {
  return service.contacts.map((c) => {
    const address = c.location_id ? locations.get(c.location_id)?.addresses[0] : undefined;
    return {
      name: c.name ?? null,
      role: c.title ?? null,
      department: c.department ?? null,
      phone: c.phones[0]?.number ?? null,
      email: c.email ?? null,
      street: address?.address_1 ?? null,
      postcode: address?.postal_code ?? null,
      locality: address?.city ?? null,
    };
  });
}
function readHours(service: HsdsService) {
  return service.schedules.map((s) => ({
    weekday: weekdays.indexOf(s.byday) + 1,
    opens: s.opens_at,
    closes: s.closes_at,
    note: s.notes ?? null,
  }));
}

describe("full HSDS export", () => {
  it("validates against the official HSDS 3.0 schemas and our OpenAPI document", async () => {
    expect(dataset.services.length).toBe(await db.offer.count({ where: { status: "PUBLISHED" } }));
    for (const service of dataset.services) expect(hsdsErrors("service", service), service.name).toBe("");
    for (const organization of dataset.organizations) expect(hsdsErrors("compiled/organization_list", organization)).toBe("");
    for (const taxonomy of dataset.taxonomies) expect(hsdsErrors("taxonomy", taxonomy)).toBe("");
    for (const term of dataset.taxonomy_terms) expect(hsdsErrors("taxonomy_term", term)).toBe("");
    for (const location of dataset.locations) expect(hsdsErrors("location", location)).toBe("");
    const openApiErrors = createOpenApiValidator(await getJson("openapi.json"));
    expect(openApiErrors("Export", dataset)).toBe("");
    expect(dataset.license.url).toBe("https://www.govdata.de/dl-de/by-2-0");
  });

  it("round trip: every seeded offer's contacts and hours come back out of the export", async () => {
    const locations = new Map(dataset.locations.map((l) => [l.id, l]));
    const byId = new Map(dataset.services.map((s) => [s.id, s]));
    const seededOffers = seed.cities.flatMap((c) => c.offers);
    expect(seededOffers.length).toBeGreaterThanOrEqual(70);
    const storedHours = await db.openingHours.findMany({
      select: { offerId: true, weekday: true, opens: true, closes: true, note: true },
      orderBy: [{ weekday: "asc" }, { opens: "asc" }],
    });
    for (const offer of seededOffers) {
      const service = byId.get(stableId("offer", offer.slug));
      expect(service, offer.slug).toBeDefined();
      expect(readContacts(service!, locations), offer.slug).toEqual(offer.contacts);
      const hours = storedHours
        .filter((h) => h.offerId === service!.id)
        .map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes, note: h.note }));
      expect(readHours(service!), offer.slug).toEqual(hours);
    }
  });

  it("round trip: an offer with opening hours and a contact address keeps them", () => {
    const locations = new Map(dataset.locations.map((l) => [l.id, l]));
    const service = dataset.services.find((s) => s.id === fixture.offerId)!;
    expect(readHours(service)).toEqual([
      { weekday: 1, opens: "09:00", closes: "12:00", note: null },
      { weekday: 3, opens: "14:00", closes: "18:00", note: "nur mit Termin" },
    ]);
    expect(readContacts(service, locations)).toEqual([
      {
        name: "Erika Offen",
        role: "Leitung",
        department: null,
        phone: "0351 222222",
        email: "erika@example.org",
        street: "Amtsweg 1",
        postcode: "01069",
        locality: "Offenstadt",
      },
      {
        name: null,
        role: null,
        department: "Sekretariat",
        phone: "0351 333333",
        email: null,
        street: null,
        postcode: null,
        locality: null,
      },
    ]);
    expect(dataset.services.some((s) => s.id === fixture.draftId)).toBe(false);
  });

  it("offers the same services as CSV for spreadsheets", async () => {
    const response = await callApi("export.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("id,name,organization_id")).toBe(true);
    for (const service of dataset.services) expect(csv).toContain(service.id);
    expect(csv).toContain(`Treffpunkt ${fixture.tag}`);
    expect(csv).toContain("MO 09:00-12:00 | WE 14:00-18:00");
  });

  it("revalidates with ETag and Last-Modified", async () => {
    const first = await callApi("export.json");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect((await callApi("export.json", { "if-none-match": etag })).status).toBe(304);
    expect((await callApi("export.json", { "if-modified-since": lastModified })).status).toBe(304);
    await db.offer.update({
      where: { id: fixture.secondOfferId },
      data: { summary: "Geändert.", name: `Besuchsdienst ${fixture.tag} neu` },
    });
    const changed = await callApi("export.json", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});
