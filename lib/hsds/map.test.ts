import { describe, expect, it } from "vitest";
import { stableId } from "@/lib/ids/stable-id";
import { createOpenApiValidator, hsdsErrors } from "@/tests/support/hsds-validator";
import { locationId, serviceAtLocationId, taxonomyId } from "./ids";
import { mapOrganization, mapService, mapServiceAtLocation, mapServiceBase, mapTaxonomies, mapTaxonomyTerm, toPage } from "./map";
import { contactLocation } from "./map-places";
import { buildOpenApiDocument } from "./openapi";
import type { OfferRow } from "./types";

const term = (kind: string, slug: string, name: string, translations: unknown = {}) => ({
  id: stableId(kind, slug),
  slug,
  name,
  description: null,
  translations,
});

function offerRow(overrides: Partial<OfferRow> = {}): OfferRow {
  const id = stableId("offer", "test-offer");
  return {
    id,
    name: "Seniorenbüro Mitte",
    summary: "Beratung im Alltag.",
    description: "Beratung und Begegnung für ältere Menschen.",
    servesWholeCity: false,
    validUntil: null,
    street: "Marktplatz 1",
    postcode: "40210",
    locality: "Düsseldorf",
    latitude: 51.2254,
    longitude: 6.7763,
    phone: "0211 123456",
    email: "buero@example.org",
    website: "https://example.org/buero",
    languages: ["de", "tr"],
    freeOfCharge: true,
    costNote: null,
    lastVerifiedAt: new Date("2025-03-01T00:00:00Z"),
    updatedAt: new Date("2025-04-02T10:11:12.345Z"),
    type: term("offer-type", "seniorenbuero", "Seniorenbüro", { en: { name: "Senior office", reviewed: false } }),
    city: { id: stableId("city", "duesseldorf"), name: "Düsseldorf", bundesland: "Nordrhein-Westfalen" },
    provider: {
      id: stableId("provider", "duesseldorf/awo"),
      name: "AWO Düsseldorf",
      kind: "WOHLFAHRTSVERBAND",
      umbrella: "AWO",
      website: null,
    },
    partners: [],
    sourceDocument: "001_e3ff7fac7f41ba9f.txt",
    sourceSection: "Stadtprofil Düsseldorf, Abschnitt „Wirksame / Zukunftsweisende Angebote“",
    districts: [{ id: stableId("district", "duesseldorf/bilk"), name: "Bilk" }],
    handlungsfelder: [term("handlungsfeld", "teilhabe", "Soziale Teilhabe")],
    targetGroups: [term("target-group", "angehoerige", "Angehörige")],
    accessibility: [term("accessibility", "rampe", "Rampe")],
    contacts: [
      {
        id: stableId("contact", "test-offer/0"),
        name: "Erika Muster",
        role: "Leitung",
        department: "Amt für Soziales",
        phone: "0211 654321",
        email: "erika@example.org",
        street: "Rathausplatz 2",
        postcode: "40200",
        locality: "Düsseldorf",
      },
      {
        id: stableId("contact", "test-offer/1"),
        name: null,
        role: null,
        department: "Sekretariat",
        phone: null,
        email: null,
        street: null,
        postcode: null,
        locality: null,
      },
    ],
    openingHours: [
      { id: stableId("hours", "1"), weekday: 1, opens: "09:00", closes: "12:00", note: null },
      { id: stableId("hours", "7"), weekday: 7, opens: "14:00", closes: "17:30", note: "nur im Winter" },
    ],
    translation: null,
    ...overrides,
  };
}

describe("the vendored HSDS schemas", () => {
  it("reject broken records, including nested ones reached through $ref", () => {
    const service = mapService(offerRow(), "de");
    expect(hsdsErrors("service", { id: "x", name: "n" })).toMatch(/status/);
    expect(hsdsErrors("service", { ...service, id: "not-a-uuid" })).toMatch(/uuid/);
    expect(hsdsErrors("service", { ...service, contacts: [{ ...service.contacts[0], phones: [{ id: service.id }] }] })).toMatch(/number/);
    expect(hsdsErrors("service", { ...service, schedules: [{ ...service.schedules[0], freq: "DAILY" }] })).toMatch(/allowed values/);
    expect(hsdsErrors("service", { ...service, url: null })).toMatch(/string/);
  });
});

describe("mapService", () => {
  const service = mapService(offerRow(), "de");

  it("validates against the official HSDS 3.0 service schema and our OpenAPI document", () => {
    expect(hsdsErrors("service", service)).toBe("");
    expect(hsdsErrors("compiled/service_list", mapServiceBase(offerRow(), "de"))).toBe("");
    const openApiErrors = createOpenApiValidator(buildOpenApiDocument("http://localhost:3000"));
    expect(openApiErrors("Service", service)).toBe("");
  });

  it("turns weekly opening hours into iCal-style schedules", () => {
    expect(service.schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at, s.notes])).toEqual([
      ["WEEKLY", "MO", "09:00", "12:00", undefined],
      ["WEEKLY", "SU", "14:00", "17:30", "nur im Winter"],
    ]);
  });

  it("keeps contacts with their phones and links a contact's address as a postal location", () => {
    const [erika, office] = service.contacts;
    expect(erika).toMatchObject({ name: "Erika Muster", title: "Leitung", department: "Amt für Soziales", email: "erika@example.org" });
    expect(erika?.phones.map((p) => p.number)).toEqual(["0211 654321"]);
    const location = contactLocation(offerRow().contacts[0]!, "Nordrhein-Westfalen");
    expect(erika?.location_id).toBe(location?.id);
    expect(location?.addresses[0]).toMatchObject({ address_1: "Rathausplatz 2", postal_code: "40200", address_type: "postal" });
    expect(hsdsErrors("location", location)).toBe("");
    expect(office).toEqual({ id: offerRow().contacts[1]!.id, service_id: service.id, department: "Sekretariat", phones: [] });
  });

  it("places the service at its address with accessibility, and uses districts as service areas", () => {
    const sal = service.service_at_locations[0]!;
    expect(sal.id).toBe(serviceAtLocationId(service.id));
    expect(sal.location.id).toBe(locationId(service.id));
    expect(sal.location.addresses[0]).toMatchObject({
      address_1: "Marktplatz 1",
      city: "Düsseldorf",
      state_province: "Nordrhein-Westfalen",
      country: "DE",
    });
    expect(sal.location.accessibility.map((a) => a.description)).toEqual(["Rampe"]);
    expect(service.service_areas.map((a) => a.name)).toEqual(["Bilk"]);
    expect(mapService(offerRow({ validUntil: new Date("2017-08-31T00:00:00Z") }), "de").status).toBe("defunct");
    expect(mapService(offerRow({ validUntil: null }), "de").status).toBe("active");
    expect(mapService(offerRow({ servesWholeCity: true }), "de").service_areas.map((a) => a.name)).toEqual(["Düsseldorf"]);
  });

  it("links the type, Handlungsfelder, target groups and accessibility as taxonomy terms", () => {
    expect(service.attributes.map((a) => [a.link_type, a.taxonomy_term.name, a.taxonomy_term.taxonomy_id])).toEqual([
      ["service_type", "Seniorenbüro", taxonomyId("offer-type")],
      ["field_of_action", "Soziale Teilhabe", taxonomyId("handlungsfeld")],
      ["target_group", "Angehörige", taxonomyId("target-group")],
      ["accessibility", "Rampe", taxonomyId("accessibility")],
    ]);
  });

  it("maps the verification date to assured_date and the languages with names", () => {
    expect(service.assured_date).toBe("2025-03-01");
    expect(service.last_modified).toBe("2025-04-02T10:11:12.345Z");
    expect(service.languages.map((l) => [l.code, l.name])).toEqual([
      ["de", "Deutsch"],
      ["tr", "Türkisch"],
    ]);
    expect(service.fees_description).toBe("kostenlos");
    expect(mapService(offerRow({ website: "https://www.leipzig.de/pflegeplatzbörse" }), "de").url).toBe(
      "https://www.leipzig.de/pflegeplatzb%C3%B6rse",
    );
    expect(mapService(offerRow({ website: "keine Angabe" }), "de").url).toBeUndefined();
  });

  it("uses translations where they exist and falls back to German", () => {
    const en = mapService(offerRow({ translation: { name: "Senior office centre", summary: null, description: null } }), "en");
    expect(en.name).toBe("Senior office centre");
    expect(en.description).toBe("Beratung und Begegnung für ältere Menschen.");
    expect(en.attributes[0]?.taxonomy_term).toMatchObject({ name: "Senior office", language: "en" });
    expect(en.attributes[1]?.taxonomy_term).toMatchObject({ name: "Soziale Teilhabe", language: "de" });
  });

  it("leaves absent values out instead of sending null", () => {
    const bare = mapService(
      offerRow({
        street: null,
        phone: null,
        email: null,
        website: null,
        provider: null,
        lastVerifiedAt: null,
        freeOfCharge: null,
        latitude: null,
      }),
      "de",
    );
    const json = JSON.parse(JSON.stringify(bare));
    expect(Object.values(json)).not.toContain(null);
    expect(json).not.toHaveProperty("organization_id");
    expect(json).not.toHaveProperty("assured_date");
    expect(bare.service_at_locations).toEqual([]);
    expect(hsdsErrors("service", bare)).toBe("");
    expect(mapServiceAtLocation(offerRow({ street: null }), "de")).toBeNull();
  });
});

describe("organizations, taxonomies and pages", () => {
  it("names the source document and the partner organizations (extension fields), still valid HSDS", () => {
    const partner = {
      id: stableId("provider", "duesseldorf/kulturamt"),
      name: "Kulturamt",
      kind: "KOMMUNE" as const,
      umbrella: null,
      website: null,
    };
    const service = mapService(offerRow({ partners: [partner] }), "de");
    expect(service.x_source_document).toBe("001_e3ff7fac7f41ba9f.txt");
    expect(service.x_partner_organizations).toEqual([expect.objectContaining({ id: partner.id, name: "Kulturamt" })]);
    expect(hsdsErrors("service", service)).toBe("");
    expect(createOpenApiValidator(buildOpenApiDocument("http://localhost:3000"))("Service", service)).toBe("");
  });

  it("maps a provider with its services", () => {
    const provider = offerRow().provider!;
    const organization = mapOrganization(provider, [offerRow()], false, "de");
    expect(organization.description).toBe("Träger: Wohlfahrtsverband (AWO)");
    expect(hsdsErrors("organization", organization)).toBe("");
    expect(hsdsErrors("organization", mapOrganization(provider, [offerRow()], true, "en"))).toBe("");
  });

  it("maps the four taxonomies and their terms", () => {
    expect(mapTaxonomies("de").map((t) => t.name)).toEqual(["Angebotsarten", "Handlungsfelder", "Zielgruppen", "Barrierefreiheit"]);
    for (const taxonomy of mapTaxonomies("en")) expect(hsdsErrors("taxonomy", taxonomy)).toBe("");
    const termRecord = mapTaxonomyTerm({ ...offerRow().type, taxonomy: "offer-type" }, "de");
    expect(termRecord).toMatchObject({ code: "seniorenbuero", description: "Seniorenbüro", taxonomy: "Angebotsarten" });
    expect(hsdsErrors("taxonomy_term", termRecord)).toBe("");
  });

  it("fills the page envelope", () => {
    expect(toPage(["a", "b"], 5, { page: 2, perPage: 2 })).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
      empty: false,
      contents: ["a", "b"],
    });
    expect(toPage([], 0, { page: 1, perPage: 10 })).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});
