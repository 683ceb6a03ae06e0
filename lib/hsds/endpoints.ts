import "server-only";
import { getSiteUrl } from "@/lib/env";
import { serializeCsv } from "./csv";
import {
  getDatasetLastModified,
  getOffer,
  getOfferByServiceAtLocationId,
  getProvider,
  listAllOffers,
  listAllProviders,
  listOffers,
  listProviderOffers,
  listProviders,
  listTaxonomyTerms,
} from "./data";
import { HsdsError } from "./errors";
import { jsonBody } from "./http";
import type { HsdsBody } from "./http";
import { licence } from "./licence";
import {
  hsdsVersion,
  mapOrganization,
  mapOrganizationBase,
  mapService,
  mapServiceAtLocation,
  mapServiceBase,
  mapTaxonomies,
  mapTaxonomyTerm,
  toPage,
} from "./map";
import { contactLocation, mapServiceAtLocationBase } from "./map-places";
import { buildOpenApiDocument } from "./openapi";
import { parseBoolean, parseLocale, parsePaging, parseSearch, parseServiceFilters, parseTaxonomyId, isUuid } from "./params";
import type { HsdsExport, HsdsService } from "./schema";

// A path id that is not a UUID names no record: 404, like an unknown UUID.
function recordId(raw: string, what: string): string {
  if (!isUuid(raw)) throw HsdsError.notFound(what);
  return raw.toLowerCase();
}

// One function per endpoint: parse the query (HsdsError 400 names the parameter),
// read, map. The route handlers under app/api/hsds only wire these to handleHsdsGet.

export async function rootBody(): Promise<HsdsBody> {
  const site = getSiteUrl();
  return jsonBody({ version: hsdsVersion, profile: `${site}/de/open-data`, openapi_url: `${site}/api/hsds/openapi.json` });
}

export async function openApiBody(): Promise<HsdsBody> {
  return jsonBody(buildOpenApiDocument(getSiteUrl()));
}

export async function servicesBody(params: URLSearchParams): Promise<HsdsBody> {
  const filters = parseServiceFilters(params);
  const paging = parsePaging(params);
  const locale = parseLocale(params);
  const full = parseBoolean(params, "full");
  const [{ total, rows }, lastModified] = await Promise.all([listOffers(filters, paging, locale), getDatasetLastModified()]);
  const contents = rows.map((o) => (full ? mapService(o, locale) : mapServiceBase(o, locale)));
  return jsonBody(toPage(contents, total, paging), lastModified);
}

export async function serviceBody(id: string, params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const offer = await getOffer(recordId(id, "service"), locale);
  if (!offer) throw HsdsError.notFound("service");
  return jsonBody(mapService(offer, locale), await getDatasetLastModified());
}

export async function serviceAtLocationsBody(params: URLSearchParams): Promise<HsdsBody> {
  const filters = parseServiceFilters(params);
  const paging = parsePaging(params);
  const locale = parseLocale(params);
  const full = parseBoolean(params, "full");
  const [{ total, rows }, lastModified] = await Promise.all([
    listOffers(filters, paging, locale, { withLocationOnly: true }),
    getDatasetLastModified(),
  ]);
  const contents = rows.map((o) => {
    const base = mapServiceAtLocationBase(o)!;
    return full ? { ...base, service: mapService(o, locale) } : { ...base, service: mapServiceBase(o, locale) };
  });
  return jsonBody(toPage(contents, total, paging), lastModified);
}

export async function serviceAtLocationBody(id: string, params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const offer = await getOfferByServiceAtLocationId(recordId(id, "service_at_location"), locale);
  const sal = offer ? mapServiceAtLocation(offer, locale) : null;
  if (!sal) throw HsdsError.notFound("service_at_location");
  return jsonBody(sal, await getDatasetLastModified());
}

export async function organizationsBody(params: URLSearchParams): Promise<HsdsBody> {
  const search = parseSearch(params);
  const paging = parsePaging(params);
  const locale = parseLocale(params);
  const fullService = parseBoolean(params, "full_service");
  const [{ total, rows }, lastModified] = await Promise.all([listProviders(search, paging), getDatasetLastModified()]);
  const contents = fullService
    ? await Promise.all(rows.map(async (p) => mapOrganization(p, await listProviderOffers(p.id, locale), true, locale)))
    : rows.map((p) => mapOrganizationBase(p, locale));
  return jsonBody(toPage(contents, total, paging), lastModified);
}

export async function organizationBody(id: string, params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const fullService = parseBoolean(params, "full_service");
  const provider = await getProvider(recordId(id, "organization"));
  if (!provider) throw HsdsError.notFound("organization");
  const offers = await listProviderOffers(provider.id, locale);
  return jsonBody(mapOrganization(provider, offers, fullService, locale), await getDatasetLastModified());
}

export async function taxonomiesBody(params: URLSearchParams): Promise<HsdsBody> {
  const search = parseSearch(params)?.toLowerCase();
  const paging = parsePaging(params);
  const locale = parseLocale(params);
  const all = mapTaxonomies(locale).filter((t) => !search || `${t.name} ${t.description}`.toLowerCase().includes(search));
  const contents = all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage);
  return jsonBody(toPage(contents, all.length, paging));
}

export async function taxonomyTermsBody(params: URLSearchParams): Promise<HsdsBody> {
  const search = parseSearch(params)?.toLowerCase();
  const taxonomyId = parseTaxonomyId(params);
  const paging = parsePaging(params);
  const locale = parseLocale(params);
  const all = (await listTaxonomyTerms())
    .map((row) => mapTaxonomyTerm(row, locale))
    .filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId)
    .filter((t) => !search || `${t.name} ${t.description} ${t.code}`.toLowerCase().includes(search));
  const contents = all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage);
  return jsonBody(toPage(contents, all.length, paging));
}

export async function taxonomyBody(id: string, params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const wanted = recordId(id, "taxonomy");
  const taxonomy = mapTaxonomies(locale).find((t) => t.id === wanted);
  if (!taxonomy) throw HsdsError.notFound("taxonomy");
  return jsonBody(taxonomy);
}

export async function taxonomyTermBody(id: string, params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const wanted = recordId(id, "taxonomy_term");
  const row = (await listTaxonomyTerms()).find((t) => t.id === wanted);
  if (!row) throw HsdsError.notFound("taxonomy_term");
  return jsonBody(mapTaxonomyTerm(row, locale));
}

export async function buildExport(locale: Parameters<typeof mapService>[1]): Promise<HsdsExport> {
  const [offers, providers, terms, lastModified] = await Promise.all([
    listAllOffers(locale),
    listAllProviders(),
    listTaxonomyTerms(),
    getDatasetLastModified(),
  ]);
  const services: HsdsService[] = offers.map((o) => mapService(o, locale));
  return {
    hsds_version: hsdsVersion,
    license: { name: licence.name, url: licence.url },
    last_modified: lastModified.toISOString(),
    services,
    organizations: providers.map((p) => mapOrganizationBase(p, locale)),
    taxonomies: mapTaxonomies(locale),
    taxonomy_terms: terms.map((t) => mapTaxonomyTerm(t, locale)),
    locations: offers.flatMap((o) => o.contacts.flatMap((c) => contactLocation(c, o.city.bundesland) ?? [])),
  };
}

export async function exportJsonBody(params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const data = await buildExport(locale);
  return { ...jsonBody(data, new Date(data.last_modified)), filename: "seniorenwegweiser-hsds.json" };
}

export async function exportCsvBody(params: URLSearchParams): Promise<HsdsBody> {
  const locale = parseLocale(params);
  const data = await buildExport(locale);
  return {
    body: serializeCsv(data.services, data.locations),
    contentType: "text/csv; charset=utf-8",
    lastModified: new Date(data.last_modified),
    filename: "seniorenwegweiser-angebote.csv",
  };
}
