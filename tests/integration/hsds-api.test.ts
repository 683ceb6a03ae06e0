import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { serviceAtLocationId, taxonomyId } from "@/lib/hsds/ids";
import type { HsdsOrganization, HsdsPage, HsdsService, HsdsServiceAtLocation, HsdsTaxonomy, HsdsTaxonomyTerm } from "@/lib/hsds/schema";
import { createOpenApiValidator, hsdsErrors, hsdsPageErrors } from "@/tests/support/hsds-validator";
import { ensureSeedData } from "./ensure-seed";
import { createHsdsFixture } from "./hsds-fixture";
import type { HsdsFixture } from "./hsds-fixture";
import { callApi, getJson } from "./hsds-client";

const db = createPrismaClient(inject("databaseUrl"));
let fixture: HsdsFixture;
let openApiErrors: (component: string, data: unknown) => string;

beforeAll(async () => {
  process.env.HSDS_RATE_LIMIT = "0";
  await ensureSeedData(db);
  fixture = await createHsdsFixture(db);
  openApiErrors = createOpenApiValidator(await getJson("openapi.json"));
}, 120_000);
afterAll(async () => {
  await fixture?.cleanUp();
  await db.$disconnect();
  delete process.env.HSDS_RATE_LIMIT;
});

type Page<T> = HsdsPage<T>;
const ids = (page: Page<{ id: string }>) => page.contents.map((c) => c.id);

describe("HSDS API responses validate against the official HSDS 3.0 schemas", () => {
  it("GET / names the version and the OpenAPI document", async () => {
    const info = await getJson<{ version: string; openapi_url: string }>("");
    expect(info.version).toBe("3.0");
    expect(info.openapi_url).toMatch(/\/api\/hsds\/openapi\.json$/);
    expect(openApiErrors("ApiInfo", info)).toBe("");
  });

  it("/services lists every published offer, one-to-one fields by default, fully nested with full=true", async () => {
    const published = await db.offer.count({ where: { status: "PUBLISHED" } });
    const page = await getJson<Page<HsdsService>>("services?per_page=100");
    expect(page.total_items).toBe(published);
    expect(hsdsPageErrors("compiled/service_list", page)).toBe("");
    expect(openApiErrors("ServiceBase", page.contents[0])).toBe("");
    const full = await getJson<Page<HsdsService>>("services?per_page=100&full=true");
    expect(hsdsPageErrors("service", full)).toBe("");
    for (const service of full.contents) expect(openApiErrors("Service", service)).toBe("");
  });

  it("pages through all services without gaps or repeats, and caps per_page", async () => {
    const seen: string[] = [];
    const first = await getJson<Page<HsdsService>>("services?per_page=7");
    for (let page = 1; page <= first.total_pages; page += 1) {
      const result = await getJson<Page<HsdsService>>(`services?per_page=7&page=${page}`);
      expect(hsdsPageErrors("compiled/service_list", result)).toBe("");
      expect(result).toMatchObject({ page_number: page, first_page: page === 1, last_page: page === first.total_pages });
      seen.push(...ids(result));
    }
    expect(seen).toHaveLength(first.total_items);
    expect(new Set(seen).size).toBe(first.total_items);
    const beyond = await getJson<Page<HsdsService>>(`services?per_page=7&page=${first.total_pages + 1}`);
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    const capped = await getJson<Page<HsdsService>>("services?per_page=5000");
    expect(capped.size).toBe(Math.min(100, capped.total_items));
    expect(capped.total_pages).toBe(Math.ceil(capped.total_items / 100));
  });

  it("filters by taxonomy term, organization, search, postcode and date, combined with AND; never drafts", async () => {
    const mine = [fixture.offerId, fixture.secondOfferId].sort();
    const byOrganization = await getJson<Page<HsdsService>>(`services?organization_id=${fixture.providerId}`);
    expect(ids(byOrganization).sort()).toEqual(mine);
    expect(hsdsPageErrors("compiled/service_list", byOrganization)).toBe("");
    expect(ids(await getJson(`services?taxonomy_term_id=${fixture.handlungsfeldId}&full=true`))).toEqual([fixture.offerId]);
    expect(ids(await getJson(`services?search=${fixture.tag}`)).sort()).toEqual(mine);
    expect(ids(await getJson(`services?search=${fixture.tag}&postcode=01067`))).toEqual([fixture.offerId]);
    expect(ids(await getJson(`services?search=${fixture.tag}&postcode=99999`))).toEqual([]);
    expect(ids(await getJson(`services?organization_id=${fixture.providerId}&taxonomy_term_id=${fixture.targetGroupId}`))).toEqual([
      fixture.offerId,
    ]);
    expect(ids(await getJson(`services?search=${fixture.tag}&modified_after=2999-01-01`))).toEqual([]);
    const recent = await getJson<Page<HsdsService>>(`services?search=${fixture.tag}&modified_after=2000-01-01T00:00:00Z`);
    expect(ids(recent).sort()).toEqual(mine);
    expect(ids(await getJson(`services?search=Entwurf%20${fixture.tag}`))).toEqual([]);
    expect((await callApi(`services/${fixture.draftId}`)).status).toBe(404);
  });

  it("/services/{id} returns the fully nested service, translated with locale", async () => {
    const service = await getJson<HsdsService>(`services/${fixture.offerId}`);
    expect(hsdsErrors("service", service)).toBe("");
    expect(openApiErrors("Service", service)).toBe("");
    expect(service).toMatchObject({ name: `Treffpunkt ${fixture.tag}`, assured_date: "2025-02-03", organization_id: fixture.providerId });
    expect(service.schedules.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at}`)).toEqual(["MO 09:00-12:00", "WE 14:00-18:00"]);
    expect(service.service_areas.map((a) => a.name)).toEqual([`Mitte ${fixture.tag}`]);
    const english = await getJson<HsdsService>(`services/${fixture.offerId}?locale=en`);
    expect(english.name).toBe(`Meeting point ${fixture.tag}`);
    expect(english.description).toBe(service.description);
    expect(english.attributes.find((a) => a.taxonomy_term_id === fixture.handlungsfeldId)?.taxonomy_term.name).toBe(`Field ${fixture.tag}`);
    expect(hsdsErrors("service", english)).toBe("");
  });

  it("/service_at_locations lists offers with an address and finds one by its own id", async () => {
    const page = await getJson<Page<HsdsServiceAtLocation>>(`service_at_locations?organization_id=${fixture.providerId}`);
    expect(page.contents.map((c) => c.service_id)).toEqual([fixture.offerId]);
    expect(hsdsPageErrors("compiled/service_at_location_list", page)).toBe("");
    expect(openApiErrors("ServiceAtLocationListItem", page.contents[0])).toBe("");
    const all = await getJson<Page<HsdsServiceAtLocation>>("service_at_locations?per_page=100&full=true");
    expect(hsdsPageErrors("service_at_location", all)).toBe("");
    const one = await getJson<HsdsServiceAtLocation>(`service_at_locations/${serviceAtLocationId(fixture.offerId)}`);
    expect(hsdsErrors("service_at_location", one)).toBe("");
    expect(hsdsErrors("service", one.service)).toBe("");
    expect(openApiErrors("ServiceAtLocation", one)).toBe("");
    expect(one.location.addresses[0]).toMatchObject({ address_1: "Teststraße 5", postal_code: "01067", state_province: "Sachsen" });
    expect((await callApi(`service_at_locations/${serviceAtLocationId(fixture.secondOfferId)}`)).status).toBe(404);
  });

  it("/organizations lists providers and partners of published offers; {id} nests their services", async () => {
    const page = await getJson<Page<HsdsOrganization>>("organizations?per_page=100");
    expect(hsdsPageErrors("compiled/organization_list", page)).toBe("");
    const published = { status: "PUBLISHED" } as const;
    expect(page.total_items).toBe(
      await db.provider.count({ where: { OR: [{ offers: { some: published } }, { partnerOf: { some: { offer: published } } }] } }),
    );
    const full = await getJson<Page<HsdsOrganization>>(`organizations?search=${fixture.tag}&full_service=true`);
    expect(ids(full)).toEqual([fixture.providerId]);
    expect(hsdsPageErrors("organization", full)).toBe("");
    const organization = await getJson<HsdsOrganization>(`organizations/${fixture.providerId}?full_service=true`);
    expect(hsdsErrors("organization", organization)).toBe("");
    expect(openApiErrors("Organization", organization)).toBe("");
    expect(organization.services.map((s) => s.id).sort()).toEqual([fixture.offerId, fixture.secondOfferId].sort());
    expect(hsdsErrors("organization", await getJson(`organizations/${fixture.providerId}`))).toBe("");
  });

  it("/taxonomies and /taxonomy_terms describe the vocabularies the attributes link to", async () => {
    const taxonomies = await getJson<Page<HsdsTaxonomy>>("taxonomies");
    expect(taxonomies.total_items).toBe(4);
    expect(hsdsPageErrors("taxonomy", taxonomies)).toBe("");
    expect(hsdsErrors("taxonomy", await getJson(`taxonomies/${taxonomyId("handlungsfeld")}?locale=en`))).toBe("");
    const fields = await getJson<Page<HsdsTaxonomyTerm>>(`taxonomy_terms?taxonomy_id=${taxonomyId("handlungsfeld")}&per_page=100`);
    expect(hsdsPageErrors("taxonomy_term", fields)).toBe("");
    expect(fields.contents.every((t) => t.taxonomy_id === taxonomyId("handlungsfeld"))).toBe(true);
    expect(fields.contents.map((t) => t.name)).toContain("Gesundheit, Vorsorge, Pflege");
    const paged = await getJson<Page<HsdsTaxonomyTerm>>("taxonomy_terms?per_page=3&page=2");
    expect(paged).toMatchObject({ size: 3, page_number: 2 });
    expect(hsdsPageErrors("taxonomy_term", paged)).toBe("");
    const term = await getJson<HsdsTaxonomyTerm>(`taxonomy_terms/${fixture.handlungsfeldId}`);
    expect(hsdsErrors("taxonomy_term", term)).toBe("");
    expect(openApiErrors("TaxonomyTerm", term)).toBe("");
  });
});

describe("HSDS API errors", () => {
  it.each([
    ["services?page=0", "page"],
    ["services?per_page=abc", "per_page"],
    ["services?taxonomy_term_id=abc", "taxonomy_term_id"],
    ["services?organization_id=1", "organization_id"],
    ["services?modified_after=gestern", "modified_after"],
    ["services?postcode=12", "postcode"],
    ["services?full=ja", "full"],
    ["services?locale=xx", "locale"],
    ["service_at_locations?page=-3", "page"],
    ["organizations?full_service=maybe", "full_service"],
    ["taxonomy_terms?taxonomy_id=nope", "taxonomy_id"],
    ["taxonomies?per_page=0", "per_page"],
  ])("%s → 400 naming %s", async (path, parameter) => {
    const response = await callApi(path);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "invalid_parameter", message: expect.any(String), parameter } });
    expect(openApiErrors("Error", body)).toBe("");
  });

  it.each([
    "services/00000000-0000-4000-8000-000000000000",
    "services/not-a-uuid",
    "organizations/00000000-0000-4000-8000-000000000000",
    "service_at_locations/00000000-0000-4000-8000-000000000000",
    "taxonomies/00000000-0000-4000-8000-000000000000",
    "taxonomy_terms/00000000-0000-4000-8000-000000000000",
  ])("%s → 404 JSON", async (path) => {
    const response = await callApi(path);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
