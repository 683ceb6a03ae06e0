import { z } from "zod";

// The subset of Open Referral HSDS 3.0 this API emits. Absent values are left out
// rather than sent as null: the official HSDS 3.0 schemas type every field as a
// plain string/number, so null would not validate. These schemas also generate
// /api/hsds/openapi.json (lib/hsds/openapi.ts).
export const hsdsRegistry = z.registry<{ id: string; description?: string }>();

const id = z.uuid();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);
// HSDS's "format": "uri" / "email" are validated by the official schemas in the tests;
// here they stay plain strings so a stored value never makes the API fail.
const uri = z.string();
const email = z.string();

function named<T extends z.ZodType>(schema: T, name: string, description: string): T {
  hsdsRegistry.add(schema, { id: name, description });
  return schema;
}

export const phoneSchema = named(
  z.object({
    id,
    service_id: id.optional(),
    contact_id: id.optional(),
    number: z.string(),
    type: z.enum(["voice"]).optional(),
  }),
  "Phone",
  "A telephone number of a service or a contact.",
);

export const scheduleSchema = named(
  z.object({
    id,
    service_id: id,
    freq: z.enum(["WEEKLY"]),
    wkst: z.enum(["MO"]),
    byday: z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
    opens_at: time.describe("Local time in Europe/Berlin (HH:MM)"),
    closes_at: time.describe("Local time in Europe/Berlin (HH:MM)"),
    notes: z.string().optional(),
  }),
  "Schedule",
  "Weekly opening hours (iCal RRULE fields); times are local times in Europe/Berlin.",
);

export const serviceAreaSchema = named(
  z.object({ id, service_id: id, name: z.string(), description: z.string().optional() }),
  "ServiceArea",
  "A city district (Stadtbezirk) or the whole city the service is available in.",
);

export const languageSchema = named(
  z.object({ id, service_id: id, name: z.string(), code: z.string() }),
  "Language",
  "A language the service is offered in (ISO 639-1 code).",
);

export const accessibilitySchema = named(
  z.object({ id, location_id: id, description: z.string() }),
  "Accessibility",
  "An accessibility feature of a location.",
);

export const addressSchema = named(
  z.object({
    id,
    location_id: id,
    address_1: z.string(),
    city: z.string(),
    state_province: z.string(),
    postal_code: z.string(),
    country: z.literal("DE"),
    address_type: z.enum(["physical", "postal"]),
  }),
  "Address",
  "A postal address in Germany; state_province is the Bundesland.",
);

export const locationSchema = named(
  z.object({
    id,
    location_type: z.enum(["physical", "postal"]),
    name: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    addresses: z.array(addressSchema),
    accessibility: z.array(accessibilitySchema),
  }),
  "Location",
  "A place where a service is delivered, or the postal address of a contact.",
);

export const contactSchema = named(
  z.object({
    id,
    service_id: id,
    location_id: id.optional().describe("Postal address of the contact, listed in the export's locations"),
    name: z.string().optional(),
    title: z.string().optional(),
    department: z.string().optional(),
    email: email.optional(),
    phones: z.array(phoneSchema),
  }),
  "Contact",
  "A named contact person or office of a service.",
);

export const taxonomySchema = named(
  z.object({ id, name: z.string(), description: z.string(), version: z.string() }),
  "Taxonomy",
  "A vocabulary: offer types, Handlungsfelder (LaS NRW), target groups or accessibility features.",
);

export const taxonomyTermSchema = named(
  z.object({
    id,
    code: z.string(),
    name: z.string(),
    description: z.string(),
    taxonomy: z.string(),
    taxonomy_id: id,
    language: z.string(),
  }),
  "TaxonomyTerm",
  "A term of one of the taxonomies.",
);

export const attributeSchema = named(
  z.object({
    id,
    link_id: id,
    link_type: z.string(),
    link_entity: z.literal("service"),
    taxonomy_term_id: id,
    taxonomy_term: taxonomyTermSchema,
  }),
  "Attribute",
  "Links a service to a taxonomy term.",
);

export const organizationBaseSchema = named(
  z.object({
    id,
    name: z.string(),
    description: z.string(),
    website: uri.optional(),
    legal_status: z.string().optional(),
  }),
  "OrganizationBase",
  "A provider (Träger) of services, without nested records.",
);

export const serviceBaseSchema = named(
  z.object({
    id,
    organization_id: id.optional(),
    name: z.string(),
    description: z.string(),
    url: uri.optional(),
    email: email.optional(),
    status: z.enum(["active", "defunct"]),
    fees_description: z.string().optional(),
    assured_date: date.optional().describe("Date the entry was last verified (YYYY-MM-DD)"),
    last_modified: z.iso.datetime(),
    x_source_document: z
      .string()
      .optional()
      .describe("Extension: the source document the entry was taken from (file name), and its section in x_source_section"),
    x_source_section: z.string().optional(),
  }),
  "ServiceBase",
  "A service (offer) with its one-to-one fields only.",
);

export const serviceAtLocationBaseSchema = named(
  z.object({ id, service_id: id, location_id: id, location: locationSchema }),
  "ServiceAtLocationBase",
  "A service delivered at a location.",
);

export const serviceSchema = named(
  serviceBaseSchema.extend({
    organization: organizationBaseSchema.optional(),
    phones: z.array(phoneSchema),
    schedules: z.array(scheduleSchema),
    service_areas: z.array(serviceAreaSchema),
    service_at_locations: z.array(serviceAtLocationBaseSchema),
    languages: z.array(languageSchema),
    contacts: z.array(contactSchema),
    attributes: z.array(attributeSchema),
    x_partner_organizations: z
      .array(organizationBaseSchema)
      .describe("Extension: other organizations the source names as partners or co-Träger of the service"),
  }),
  "Service",
  "A fully nested service.",
);

export const serviceAtLocationSchema = named(
  serviceAtLocationBaseSchema.extend({ service: serviceSchema }),
  "ServiceAtLocation",
  "A service at a location with the fully nested service.",
);

export const organizationSchema = named(
  organizationBaseSchema.extend({ services: z.array(z.union([serviceSchema, serviceBaseSchema])) }),
  "Organization",
  "A provider with its published services (fully nested when full_service=true).",
);

export const serviceAtLocationListItemSchema = named(
  serviceAtLocationBaseSchema.extend({ service: z.union([serviceSchema, serviceBaseSchema]) }),
  "ServiceAtLocationListItem",
  "A service at a location; the service is fully nested when full=true.",
);

export const pageEnvelopeSchema = named(
  z.object({
    total_items: z.int().nonnegative(),
    total_pages: z.int().nonnegative(),
    page_number: z.int().positive(),
    size: z.int().nonnegative(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
  }),
  "Page",
  "HSDS page envelope of every list response; the records are in contents.",
);

export function pageSchema<T extends z.ZodType>(item: T) {
  return pageEnvelopeSchema.extend({ contents: z.array(item) });
}

export const rootSchema = named(
  z.object({ version: z.string(), profile: uri, openapi_url: uri }),
  "ApiInfo",
  "HSDS version and the OpenAPI document of this API.",
);

export const errorSchema = named(
  z.object({
    error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
  }),
  "Error",
  "Every error response has this shape.",
);

export const exportSchema = named(
  z.object({
    hsds_version: z.string(),
    license: z.object({ name: z.string(), url: uri }),
    last_modified: z.iso.datetime(),
    services: z.array(serviceSchema),
    organizations: z.array(organizationBaseSchema),
    taxonomies: z.array(taxonomySchema),
    taxonomy_terms: z.array(taxonomyTermSchema),
    locations: z.array(locationSchema).describe("Postal addresses of contacts (contacts[].location_id)"),
  }),
  "Export",
  "The whole published dataset.",
);

export type HsdsSchedule = z.infer<typeof scheduleSchema>;
export type HsdsLocation = z.infer<typeof locationSchema>;
export type HsdsContact = z.infer<typeof contactSchema>;
export type HsdsTaxonomy = z.infer<typeof taxonomySchema>;
export type HsdsTaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
export type HsdsAttribute = z.infer<typeof attributeSchema>;
export type HsdsOrganizationBase = z.infer<typeof organizationBaseSchema>;
export type HsdsOrganization = z.infer<typeof organizationSchema>;
export type HsdsServiceBase = z.infer<typeof serviceBaseSchema>;
export type HsdsService = z.infer<typeof serviceSchema>;
export type HsdsServiceAtLocationBase = z.infer<typeof serviceAtLocationBaseSchema>;
export type HsdsServiceAtLocation = z.infer<typeof serviceAtLocationSchema>;
export type HsdsExport = z.infer<typeof exportSchema>;
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};
