import { z } from "zod";
import { normaliseQueryText } from "@/lib/web/query-text";

// The search page's whole state lives in its URL, so anything may arrive here:
// every value is checked, anything malformed is dropped and reported, never thrown.

export const queryMaxLength = 200;
const valuesMax = 30;

export const listParams = ["bezirk", "art", "feld", "gruppe", "sprache", "barriere"] as const;
export type ListParam = (typeof listParams)[number];
export const flagParams = ["kostenlos", "offen"] as const;
export type FlagParam = (typeof flagParams)[number];
export type FilterParam = "stadt" | ListParam | FlagParam;

export type SearchParams = {
  q: string;
  stadt: string | null;
  bezirk: string[];
  art: string[];
  feld: string[];
  gruppe: string[];
  sprache: string[];
  barriere: string[];
  kostenlos: boolean;
  offen: boolean;
  seite: number;
};

export type SearchNotice =
  | { kind: "queryCapped"; max: number }
  | { kind: "invalidValue"; param: FilterParam | "seite"; value: string }
  | { kind: "unknownValue"; param: FilterParam; value: string }
  | { kind: "districtNeedsCity" }
  | { kind: "pageClamped"; requested: number; last: number }
  /** A Stadtteil in the query was taken as its district (and the query searched without it). */
  | { kind: "placeFound"; place: string; city: PlaceTerm; district: PlaceTerm }
  /** A Stadtteil of that name lies in several cities or districts: the reader chooses. */
  | { kind: "placeAmbiguous"; place: string; rest: string; options: { city: PlaceTerm; district: PlaceTerm }[] };

export type PlaceTerm = { slug: string; name: string };

export type RawSearchParams = Record<string, string | string[] | undefined>;

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
// ISO 639 codes that ICU can name; a well-formed but unknown code is still junk.
const languageNames = new Intl.DisplayNames(["de"], { type: "language", fallback: "none" });
// zod runs a refinement even when the regex before it failed, and Intl.DisplayNames.of
// throws a RangeError for anything that is not a well-formed code ("xx1", "a b").
function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}
const language = z
  .string()
  .regex(/^[a-z]{2,3}$/)
  .refine(isKnownLanguage);
const flag = z.enum(["1", "ja", "true", "on"]);
const page = z.coerce.number().int().min(1).max(1_000_000);

const valueSchemas: Record<FilterParam, z.ZodType> = {
  stadt: slug,
  bezirk: slug,
  art: slug,
  feld: slug,
  gruppe: slug,
  sprache: language,
  barriere: slug,
  kostenlos: flag,
  offen: flag,
};

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// Shown back to the reader inside a message, so keep it short.
function excerpt(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function emptySearchParams(): SearchParams {
  return {
    q: "",
    stadt: null,
    bezirk: [],
    art: [],
    feld: [],
    gruppe: [],
    sprache: [],
    barriere: [],
    kostenlos: false,
    offen: false,
    seite: 1,
  };
}

export function parseSearchParams(raw: RawSearchParams): { params: SearchParams; notices: SearchNotice[] } {
  const params = emptySearchParams();
  const notices: SearchNotice[] = [];

  const q = asList(raw.q)[0] ?? "";
  const normalised = normaliseQueryText(q);
  const chars = Array.from(normalised);
  if (chars.length > queryMaxLength) notices.push({ kind: "queryCapped", max: queryMaxLength });
  params.q = chars.slice(0, queryMaxLength).join("").trim();

  const accept = (param: FilterParam, value: string): boolean => {
    const ok = valueSchemas[param].safeParse(value.trim()).success;
    if (!ok && value.trim() !== "") notices.push({ kind: "invalidValue", param, value: excerpt(value) });
    return ok;
  };

  const [city, ...extraCities] = asList(raw.stadt).filter((v) => v.trim() !== "");
  if (city !== undefined && accept("stadt", city)) params.stadt = city.trim();
  for (const extra of extraCities) notices.push({ kind: "invalidValue", param: "stadt", value: excerpt(extra) });

  for (const param of listParams) {
    const values = asList(raw[param]);
    const kept = new Set<string>();
    for (const value of values.slice(0, valuesMax)) if (accept(param, value)) kept.add(value.trim());
    params[param] = [...kept];
  }

  for (const param of flagParams) {
    const [value] = asList(raw[param]);
    params[param] = value !== undefined && accept(param, value);
  }

  const [seite] = asList(raw.seite);
  if (seite !== undefined && seite !== "") {
    const parsed = page.safeParse(seite.trim());
    if (parsed.success) params.seite = parsed.data;
    else notices.push({ kind: "invalidValue", param: "seite", value: excerpt(seite) });
  }

  return { params, notices };
}
