import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";
import { normaliseQueryText } from "@/lib/web/query-text";
import { HsdsError } from "./errors";

export const defaultPerPage = 50;
export const maxPerPage = 100;
const maxSearchLength = 200;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Paging = { page: number; perPage: number };

export type ServiceFilters = {
  search: string | null;
  taxonomyTermId: string | null;
  organizationId: string | null;
  modifiedAfter: Date | null;
  postcode: string | null;
};

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw HsdsError.badParameter(name, `Give "${name}" at most once.`);
  return values[0] ?? null;
}

function positiveInt(params: URLSearchParams, name: string): number | null {
  const raw = single(params, name);
  if (raw === null) return null;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw HsdsError.badParameter(name, `"${name}" must be a whole number of at least 1.`);
  }
  return Number(raw);
}

export function parsePaging(params: URLSearchParams): Paging {
  const page = positiveInt(params, "page") ?? 1;
  // Larger pages are capped rather than refused, so a client asking for "all" still gets a valid page.
  const perPage = Math.min(positiveInt(params, "per_page") ?? defaultPerPage, maxPerPage);
  return { page, perPage };
}

export function isUuid(raw: string): boolean {
  return uuidPattern.test(raw);
}

function parseUuid(raw: string, name: string): string {
  if (!isUuid(raw)) throw HsdsError.badParameter(name, `"${name}" must be a UUID.`);
  return raw.toLowerCase();
}

function optionalUuid(params: URLSearchParams, name: string): string | null {
  const raw = single(params, name);
  return raw === null ? null : parseUuid(raw, name);
}

export function parseSearch(params: URLSearchParams): string | null {
  const raw = single(params, "search");
  if (raw === null) return null;
  const trimmed = normaliseQueryText(raw);
  if (trimmed.length > maxSearchLength) {
    throw HsdsError.badParameter("search", `"search" may have at most ${maxSearchLength} characters.`);
  }
  return trimmed === "" ? null : trimmed;
}

function parseModifiedAfter(params: URLSearchParams): Date | null {
  const raw = single(params, "modified_after");
  if (raw === null) return null;
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  const value = new Date(raw);
  if (!shape.test(raw) || Number.isNaN(value.getTime())) {
    throw HsdsError.badParameter("modified_after", `"modified_after" must be an ISO 8601 date or date-time.`);
  }
  return value;
}

function parsePostcode(params: URLSearchParams): string | null {
  const raw = single(params, "postcode");
  if (raw === null) return null;
  if (!/^\d{5}$/.test(raw.trim())) throw HsdsError.badParameter("postcode", `"postcode" must be a German postcode of five digits.`);
  return raw.trim();
}

export function parseServiceFilters(params: URLSearchParams): ServiceFilters {
  return {
    search: parseSearch(params),
    taxonomyTermId: optionalUuid(params, "taxonomy_term_id"),
    organizationId: optionalUuid(params, "organization_id"),
    modifiedAfter: parseModifiedAfter(params),
    postcode: parsePostcode(params),
  };
}

export function parseBoolean(params: URLSearchParams, name: string): boolean {
  const raw = single(params, name);
  if (raw === null) return false;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw HsdsError.badParameter(name, `"${name}" must be true or false.`);
}

export function parseTaxonomyId(params: URLSearchParams): string | null {
  return optionalUuid(params, "taxonomy_id");
}

export function parseLocale(params: URLSearchParams): Locale {
  const raw = single(params, "locale");
  if (raw === null) return routing.defaultLocale;
  const locale = routing.locales.find((l) => l === raw);
  if (!locale) throw HsdsError.badParameter("locale", `"locale" must be one of: ${routing.locales.join(", ")}.`);
  return locale;
}
