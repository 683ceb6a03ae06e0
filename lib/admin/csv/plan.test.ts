import { describe, expect, it } from "vitest";
import { serializeOffersCsv } from "./export";
import type { ExportOffer } from "./export";
import { parseCsvTable } from "./parse";
import type { CsvTable } from "./parse";
import { collectReferences, planOfferImport, validateCsvRows } from "./plan";
import type { ExistingOffer, ImportLookup } from "./plan";
import { offerCsvRowSchema } from "./schema";
import { pickFreeSlug, toOfferSlugBase } from "./slug";

const offerId = "6f1c3a52-2c49-4d8e-9a8e-3f1b2c3d4e5f";
const existing: ExistingOffer = {
  id: offerId,
  slug: "essen-treff",
  version: 3,
  cityId: "c1",
  citySlug: "essen",
  cityName: "Essen",
  publishedAt: null,
  districtIds: [],
  name: "Treff",
  summary: "Kurz",
  description: "Lang",
  street: "Markt 1",
  postcode: "45127",
  locality: "Essen",
  phone: "+49 201 123",
  email: null,
  website: null,
  status: "PUBLISHED",
  servesWholeCity: false,
  type: "begegnungsstaette",
  provider: null,
};
const lookup: ImportLookup = {
  role: "CITY_EDITOR",
  cities: new Map([
    ["essen", { id: "c1", slug: "essen", name: "Essen", inScope: true }],
    ["bremen", { id: "c2", slug: "bremen", name: "Bremen", inScope: false }],
  ]),
  types: new Map([["begegnungsstaette", { id: "t1" }]]),
  providers: new Map([
    ["awo-essen", { id: "p1" }],
    ["bremen-bremer-heimstiftung", { id: "p2" }],
  ]),
  offers: new Map([[offerId, existing]]),
  choosableProviders: new Map([["c1", new Set(["awo-essen"])]]),
};

function table(text: string): CsvTable {
  const parsed = parseCsvTable(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

function plan(text: string) {
  const { rows, errors } = validateCsvRows(table(text));
  return planOfferImport(rows, lookup, errors);
}

describe("the CSV row schema", () => {
  it("uses the offer form's rules and codes for every text field", () => {
    const result = offerCsvRowSchema.safeParse({ name: "", postcode: "4021", website: "javascript:alert(1)", email: "kein", phone: "abc" });
    expect(result.success).toBe(false);
    const codes = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(codes).toEqual({
      name: "required",
      postcode: "invalidPostcode",
      website: "invalidUrl",
      email: "invalidEmail",
      phone: "invalidPhone",
    });
  });

  it("keeps absent columns undefined and turns empty cells into null", () => {
    const parsed = offerCsvRowSchema.parse({ street: "  ", status: "published", whole_city: "Ja", city: " Essen " });
    expect(parsed).toEqual({ street: null, status: "PUBLISHED", whole_city: true, city: "essen" });
    expect(offerCsvRowSchema.safeParse({ whole_city: "vielleicht" }).success).toBe(false);
    expect(offerCsvRowSchema.safeParse({ status: "LIVE" }).success).toBe(false);
    expect(offerCsvRowSchema.safeParse({ id: "123" }).success).toBe(false);
    expect(offerCsvRowSchema.safeParse({ version: "0" }).success).toBe(false);
    expect(offerCsvRowSchema.safeParse({ name: "x".repeat(201) }).error?.issues[0]?.message).toBe("tooLong");
    expect(offerCsvRowSchema.safeParse({ name: "Treff\u0000" }).error?.issues[0]?.message).toBe("invalidText");
  });
});

describe("the import plan (dry run)", () => {
  it("plans a new offer with defaults and lists what it needs", () => {
    const result = plan("name;summary;description;city;type\nNeuer Treff;Kurz;Lang;essen;begegnungsstaette\n");
    expect(result.errors).toEqual([]);
    expect(result.planned).toMatchObject([
      {
        row: 2,
        action: "create",
        cityId: "c1",
        cityName: "Essen",
        values: { name: "Neuer Treff", status: "DRAFT", servesWholeCity: false, provider: null, street: null },
      },
    ]);
  });

  it("reports every row's errors with row, column and code", () => {
    const result = plan(
      [
        "name;summary;description;city;type;provider;postcode",
        "Treff;Kurz;Lang;essen;begegnungsstaette;;4021",
        "Treff;Kurz;Lang;bremen;begegnungsstaette;;",
        "Treff;Kurz;Lang;nirgendwo;unbekannt;niemand;",
        ";Kurz;Lang;essen;begegnungsstaette;;",
        "zu;wenig",
      ].join("\n"),
    );
    expect(result.planned).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: "postcode", code: "invalidPostcode" },
      { row: 3, column: "city", code: "cityOutOfScope" },
      { row: 4, column: "type", code: "unknownType" },
      { row: 4, column: "provider", code: "unknownProvider" },
      { row: 4, column: "city", code: "unknownCity" },
      { row: 5, column: "name", code: "required" },
      { row: 6, column: null, code: "columnCount" },
    ]);
  });

  it("requires the columns a new offer needs", () => {
    expect(plan("name\nTreff\n").errors).toEqual([
      { row: 2, column: "city", code: "cityRequired" },
      { row: 2, column: "type", code: "typeRequired" },
      { row: 2, column: "summary", code: "summaryRequired" },
      { row: 2, column: "description", code: "descriptionRequired" },
    ]);
  });

  it("plans an update of the given columns only, with before and after", () => {
    const result = plan(`id;version;summary;email;provider\n${offerId};3;Neu;info@example.org;awo-essen\n`);
    expect(result.errors).toEqual([]);
    expect(result.planned).toMatchObject([
      {
        action: "update",
        before: { summary: "Kurz", email: null, provider: null },
        changes: { summary: "Neu", email: "info@example.org", provider: "awo-essen" },
        values: { name: "Treff", street: "Markt 1", summary: "Neu" },
      },
    ]);
    expect(plan(`id;version;name;status\n${offerId};3;Treff;published\n`).planned).toMatchObject([{ action: "unchanged", changes: {} }]);
  });

  it("refuses stale versions, unknown or repeated ids and a move to another city", () => {
    const other = "0b9d7f0e-1111-4a4a-8b8b-222233334444";
    const result = plan(
      [
        "id;version;city;name",
        `${offerId};2;essen;Treff`,
        `${offerId};3;bremen;Treff`,
        `${other};1;essen;Treff`,
        `${offerId};;essen;Treff`,
      ].join("\n"),
    );
    expect(result.planned).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: "version", code: "versionConflict" },
      { row: 3, column: "id", code: "duplicateId" },
      { row: 3, column: "city", code: "cityChanged" },
      { row: 4, column: "id", code: "notFound" },
      { row: 5, column: "id", code: "duplicateId" },
      { row: 5, column: "version", code: "versionRequired" },
    ]);
  });

  it("refuses a Träger the form would not offer for the offer's city, on update and on create", () => {
    const result = plan(
      [
        "id;version;city;type;provider;name;summary;description",
        `${offerId};3;;;bremen-bremer-heimstiftung;Treff;Kurz;Lang`,
        ";;essen;begegnungsstaette;bremen-bremer-heimstiftung;Neu;Kurz;Lang",
        ";;essen;begegnungsstaette;awo-essen;Neu;Kurz;Lang",
      ].join("\n"),
    );
    expect(result.errors).toEqual([
      { row: 2, column: "provider", code: "providerOutOfScope" },
      { row: 3, column: "provider", code: "providerOutOfScope" },
    ]);
    expect(result.planned).toMatchObject([{ row: 4, action: "create", values: { provider: "awo-essen" } }]);
  });

  it("keeps an offer's Träger that is no longer a choice, and lets the Träger be removed", () => {
    const saved = { ...lookup, offers: new Map([[offerId, { ...existing, provider: "bremen-bremer-heimstiftung" }]]) };
    const run = (text: string) => {
      const { rows, errors } = validateCsvRows(table(text));
      return planOfferImport(rows, saved, errors);
    };
    expect(run(`id;version;provider;summary\n${offerId};3;bremen-bremer-heimstiftung;Neu\n`)).toMatchObject({
      errors: [],
      planned: [{ action: "update", changes: { summary: "Neu" } }],
    });
    expect(run(`id;version;provider\n${offerId};3;\n`)).toMatchObject({
      errors: [],
      planned: [{ action: "update", changes: { provider: null } }],
    });
  });

  it("collects the references the data layer has to look up", () => {
    const { rows } = validateCsvRows(table(`id;city;type;provider\n${offerId};Essen;begegnungsstaette;\n;essen;x;awo\n`));
    expect(collectReferences(rows)).toEqual({
      cities: ["essen"],
      types: ["begegnungsstaette", "x"],
      providers: ["awo"],
      offerIds: [offerId],
    });
  });
});

describe("export", () => {
  it("round-trips: an exported file imports as unchanged", () => {
    const exported: ExportOffer = {
      ...existing,
      citySlug: "essen",
      typeSlug: "begegnungsstaette",
      providerSlug: null,
      lastVerifiedAt: new Date("2025-03-01T00:00:00Z"),
      description: 'Zeile 1\nZeile 2; mit "Zitat"',
    };
    const csv = serializeOffersCsv([exported]);
    expect(csv.startsWith("\uFEFFid;version;slug;status;city;")).toBe(true);
    const withDescription = { ...lookup, offers: new Map([[offerId, { ...existing, description: exported.description }]]) };
    const { rows, errors } = validateCsvRows(table(csv));
    expect(errors).toEqual([]);
    expect(planOfferImport(rows, withDescription).planned).toMatchObject([{ action: "unchanged" }]);
  });

  it("writes formulas and phone numbers escaped, and reads them back unchanged", () => {
    const formulas: ExistingOffer = {
      ...existing,
      name: '=HYPERLINK("x")',
      summary: "-2+3+cmd|' /C calc'!A0",
      description: "'=schon mit Apostroph",
      phone: "+49 201 123",
    };
    const csv = serializeOffersCsv([
      { ...formulas, citySlug: "essen", typeSlug: "begegnungsstaette", providerSlug: null, lastVerifiedAt: null },
    ]);
    const cells = table(csv).rows[0]!.cells;
    expect(cells.slice(8, 11)).toEqual(['\'=HYPERLINK("x")', "'-2+3+cmd|' /C calc'!A0", "''=schon mit Apostroph"]);
    expect(cells[14]).toBe("'+49 201 123");
    const { rows, errors } = validateCsvRows(table(csv));
    expect(errors).toEqual([]);
    expect(planOfferImport(rows, { ...lookup, offers: new Map([[offerId, formulas]]) }).planned).toMatchObject([{ action: "unchanged" }]);
  });

  it("makes readable, unique slugs", () => {
    expect(toOfferSlugBase("essen", "Begegnungsstätte Süd – Café Ökö")).toBe("essen-begegnungsstaette-sued-cafe-oekoe");
    expect(toOfferSlugBase("essen", "!!!")).toBe("essen-angebot");
    expect(toOfferSlugBase("essen", "Wort ".repeat(40)).length).toBeLessThanOrEqual(100);
    expect(pickFreeSlug("essen-treff", new Set(["essen-treff", "essen-treff-2"]))).toBe("essen-treff-3");
    expect(pickFreeSlug("essen-treff", new Set())).toBe("essen-treff");
  });
});
