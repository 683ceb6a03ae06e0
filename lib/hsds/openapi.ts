import { z } from "zod";
import { licence } from "./licence";
import { defaultPerPage, maxPerPage } from "./params";
import { hsdsRegistry } from "./schema";

// The OpenAPI 3.1 document of /api/hsds, its component schemas generated from the zod
// schemas in lib/hsds/schema.ts, so the document cannot drift from what the code emits.

type JsonObject = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject, description: string) => ({ description, content: { "application/json": { schema } } });
const page = (...items: string[]) => ({
  allOf: [ref("Page")],
  type: "object",
  properties: { contents: { type: "array", items: items.length === 1 ? ref(items[0]!) : { anyOf: items.map(ref) } } },
  required: ["contents"],
});

function query(name: string, description: string, schema: JsonObject = { type: "string" }) {
  return { name, in: "query", required: false, description, schema };
}

const parameters = {
  search: query("search", "Case-insensitive text search (at most 200 characters)."),
  page: query("page", "Page number, from 1.", { type: "integer", minimum: 1, default: 1 }),
  per_page: query("per_page", `Records per page; values above ${maxPerPage} are capped.`, {
    type: "integer",
    minimum: 1,
    default: defaultPerPage,
  }),
  taxonomy_term_id: query("taxonomy_term_id", "Only services linked to this taxonomy term.", { type: "string", format: "uuid" }),
  taxonomy_id: query("taxonomy_id", "Only terms of this taxonomy.", { type: "string", format: "uuid" }),
  organization_id: query("organization_id", "Only services of this organization.", { type: "string", format: "uuid" }),
  modified_after: query("modified_after", "Only services modified at or after this ISO 8601 date or date-time.", {
    type: "string",
    format: "date-time",
  }),
  postcode: query("postcode", "Only services whose address has this five-digit postcode."),
  full: query("full", "Return fully nested records.", { type: "boolean", default: false }),
  full_service: query("full_service", "Nest the organization's services fully.", { type: "boolean", default: false }),
  locale: query("locale", "Language of names and descriptions where a translation exists; otherwise German.", {
    type: "string",
    enum: ["de", "en"],
    default: "de",
  }),
  id: { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
};
type ParameterName = keyof typeof parameters;

const errors = {
  "400": json(ref("Error"), "A parameter is invalid; error.parameter names it."),
  "429": {
    ...json(ref("Error"), "Too many requests from this address."),
    headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
  },
};
const notModified = { "304": { description: "Not modified (If-None-Match / If-Modified-Since)." } };

function get(summary: string, names: ParameterName[], ok: JsonObject, withNotFound = false) {
  return {
    get: {
      summary,
      parameters: names.map((n) => parameters[n]),
      responses: {
        "200": ok,
        ...notModified,
        ...errors,
        ...(withNotFound ? { "404": json(ref("Error"), "No published record has this id.") } : {}),
      },
    },
  };
}

const serviceFilters: ParameterName[] = [
  "search",
  "page",
  "per_page",
  "taxonomy_term_id",
  "organization_id",
  "modified_after",
  "postcode",
  "full",
  "locale",
];

export function buildOpenApiDocument(siteUrl: string): JsonObject {
  const generated = z.toJSONSchema(hsdsRegistry, { uri: (id) => `#/components/schemas/${id}`, target: "draft-2020-12" });
  const schemas = Object.fromEntries(
    // Components carry neither $schema nor $id in an OpenAPI document.
    Object.entries(generated.schemas).map(([name, schema]) => [
      name,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id")),
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Seniorenwegweiser – Open Referral HSDS 3.0 API",
      version: "1.0.0",
      description:
        "Published offers for older people in German cities as Open Referral HSDS 3.0 records. Opening hours are weekly " +
        "schedules in local time (Europe/Berlin). Every address may make a limited number of requests per minute (429 with Retry-After).",
      license: { name: licence.name, url: licence.url },
    },
    servers: [{ url: `${siteUrl}/api/hsds` }],
    paths: {
      "/": get("HSDS version and links", [], json(ref("ApiInfo"), "API information")),
      "/services": get("List services", serviceFilters, json(page("ServiceBase", "Service"), "A page of services")),
      "/services/{id}": get("One service, fully nested", ["id", "locale"], json(ref("Service"), "The service"), true),
      "/service_at_locations": get(
        "List services at their locations",
        serviceFilters,
        json(page("ServiceAtLocationListItem"), "A page of services at locations"),
      ),
      "/service_at_locations/{id}": get(
        "One service at its location",
        ["id", "locale"],
        json(ref("ServiceAtLocation"), "The service at its location"),
        true,
      ),
      "/organizations": get(
        "List organizations (providers)",
        ["search", "page", "per_page", "full_service", "locale"],
        json(page("OrganizationBase", "Organization"), "A page of organizations"),
      ),
      "/organizations/{id}": get(
        "One organization with its services",
        ["id", "full_service", "locale"],
        json(ref("Organization"), "The organization"),
        true,
      ),
      "/taxonomies": get("List taxonomies", ["search", "page", "per_page", "locale"], json(page("Taxonomy"), "A page of taxonomies")),
      "/taxonomies/{id}": get("One taxonomy", ["id", "locale"], json(ref("Taxonomy"), "The taxonomy"), true),
      "/taxonomy_terms": get(
        "List taxonomy terms",
        ["search", "page", "per_page", "taxonomy_id", "locale"],
        json(page("TaxonomyTerm"), "A page of taxonomy terms"),
      ),
      "/taxonomy_terms/{id}": get("One taxonomy term", ["id", "locale"], json(ref("TaxonomyTerm"), "The taxonomy term"), true),
      "/export.json": get("The whole dataset as HSDS JSON", ["locale"], json(ref("Export"), "The dataset")),
      "/export.csv": get("All services as CSV, one row per service", ["locale"], {
        description: "CSV with a header row (UTF-8 with byte order mark)",
        content: { "text/csv": { schema: { type: "string" } } },
      }),
      "/openapi.json": get("This document", [], { description: "OpenAPI 3.1 document", content: { "application/json": {} } }),
    },
    components: { schemas },
  };
}
