import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";

// Every value a URL path brings is checked here before anything else sees it: a value
// the database cannot hold (a NUL byte, invalid UTF-8, a non-UUID for a uuid column)
// must be "not found", never a database error and a 500. One parser per kind of value.

/** Offer, city, district, Träger and taxonomy slugs: lower-case ASCII words joined by single hyphens. */
export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Record ids (PostgreSQL uuid columns). */
export const uuidSchema = z.uuid();

/** A /seite/<n> path segment: a plain page number (numbers past the end are the caller's business). */
export const pageSegmentSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

/** The segments of a cached search's key (lib/search/cache-key.ts): base64url, at most 200 characters each. */
export const searchKeySchema = z
  .array(z.string().regex(/^[A-Za-z0-9_-]{1,200}$/))
  .min(1)
  .max(16);

const localeSchema = z.string().refine((value): value is Locale => hasLocale(routing.locales, value));

const kinds = {
  locale: localeSchema as unknown as z.ZodType<Locale, string>,
  slug: slugSchema,
  uuid: uuidSchema,
  page: pageSegmentSchema,
  searchKey: searchKeySchema,
} satisfies Record<string, z.ZodType>;

type Kind = keyof typeof kinds;
type Shape = Record<string, Kind>;
export type RouteParams<S extends Shape> = { [K in keyof S]: z.output<(typeof kinds)[S[K]]> };
type RawParams = Record<string, string | readonly string[] | undefined>;

/** The route's params checked against their kinds; null when any of them is not one. */
export function parseRouteParams<S extends Shape>(raw: RawParams, shape: S): RouteParams<S> | null {
  const parsed: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(shape)) {
    const result = kinds[kind].safeParse(raw[name]);
    if (!result.success) return null;
    parsed[name] = result.data;
  }
  return parsed as RouteParams<S>;
}

/** For pages: the checked params, or Next's "not found" for anything malformed. */
export async function readRouteParams<S extends Shape>(params: Promise<RawParams>, shape: S): Promise<RouteParams<S>> {
  const parsed = parseRouteParams(await params, shape);
  if (!parsed) notFound();
  return parsed;
}
