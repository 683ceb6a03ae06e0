import { unescapeCsvCell } from "@/lib/csv/cells";
import { isProviderChoiceAllowed } from "../offer-rules";
import { csvTextFields, emptyTextValue, offerTextFields } from "../offers/fields";
import type { OfferCsvTextValues } from "../offers/fields";
import { toFieldErrors } from "../schema";
import type { ErrorCode } from "../text-rules";
import type { Role } from "../types";
import type { CsvTable } from "./parse";
import { importColumns, offerCsvRowSchema } from "./schema";
import type { ImportErrorCode } from "./codes";
import type { CsvColumn, ImportColumn, OfferCsvRow } from "./schema";

// The dry run: which rows would create or change which offer, and every reason a
// row cannot be imported. Pure; the data layer supplies the lookup (what exists and
// what is in the user's scope) and runs it again inside the import's transaction.

export type RowErrorCode = ErrorCode | ImportErrorCode;

export type RowError = { row: number; column: CsvColumn | null; code: RowErrorCode };

export type ValidRow = { row: number; values: OfferCsvRow };

export type OfferStatusValue = "DRAFT" | "PUBLISHED" | "ARCHIVED";

/** An offer's importable fields, with Träger and type as slugs (as in the file and the audit log). */
export type OfferImportValues = OfferCsvTextValues & {
  status: OfferStatusValue;
  servesWholeCity: boolean;
  type: string;
  provider: string | null;
};

export type ExistingOffer = OfferImportValues & {
  id: string;
  slug: string;
  version: number;
  cityId: string;
  citySlug: string;
  cityName: string;
  publishedAt: Date | null;
  /** Not a column of the file; an update that sets whole_city drops them, as the form does. */
  districtIds: string[];
};

export type ImportLookup = {
  role: Role;
  cities: ReadonlyMap<string, { id: string; slug: string; name: string; inScope: boolean }>;
  types: ReadonlyMap<string, { id: string }>;
  providers: ReadonlyMap<string, { id: string }>;
  /** Only offers in the acting user's scope: any other id reads as not found. */
  offers: ReadonlyMap<string, ExistingOffer>;
  /** By city id: the slugs of the file's Träger that the form would offer for an offer of that city. */
  choosableProviders: ReadonlyMap<string, ReadonlySet<string>>;
};

export type PlannedRow =
  | { row: number; action: "create"; cityId: string; citySlug: string; cityName: string; values: OfferImportValues }
  | {
      row: number;
      action: "update" | "unchanged";
      offer: ExistingOffer;
      cityName: string;
      values: OfferImportValues;
      before: Partial<OfferImportValues>;
      changes: Partial<OfferImportValues>;
    };

export type ImportPlan = { planned: PlannedRow[]; errors: RowError[] };

const textColumns = csvTextFields(offerTextFields);

/** The row's text cells by field name; a column the file lacks stays undefined. */
function textCells(values: OfferCsvRow): Record<string, string | null | undefined> {
  const cells: Record<string, unknown> = values;
  return Object.fromEntries(textColumns.map((spec) => [spec.name, cells[spec.csv] as string | null | undefined]));
}

export function validateCsvRows(table: CsvTable): { rows: ValidRow[]; errors: RowError[] } {
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.length !== table.columns.length) {
      errors.push({ row, column: null, code: "columnCount" });
      continue;
    }
    const record: Partial<Record<ImportColumn, string>> = {};
    table.columns.forEach((column, index) => {
      if ((importColumns as readonly string[]).includes(column)) record[column as ImportColumn] = unescapeCsvCell(cells[index] ?? "");
    });
    const parsed = offerCsvRowSchema.safeParse(record);
    if (parsed.success) rows.push({ row, values: parsed.data });
    else {
      for (const [column, code] of Object.entries(toFieldErrors(parsed.error))) {
        errors.push({ row, column: (importColumns as readonly string[]).includes(column) ? (column as CsvColumn) : null, code });
      }
    }
  }
  return { rows, errors };
}

export function collectReferences(rows: ValidRow[]) {
  const set = (pick: (values: OfferCsvRow) => string | null | undefined) => [
    ...new Set(rows.map((r) => pick(r.values)).filter((v): v is string => !!v)),
  ];
  return { cities: set((v) => v.city), types: set((v) => v.type), providers: set((v) => v.provider), offerIds: set((v) => v.id) };
}

function toImportValues(offer: ExistingOffer): OfferImportValues {
  const { status, servesWholeCity, type, provider } = offer;
  const texts: Record<string, unknown> = offer;
  return {
    ...(Object.fromEntries(textColumns.map((spec) => [spec.name, texts[spec.name]])) as OfferCsvTextValues),
    status,
    servesWholeCity,
    type,
    provider,
  };
}

/** The form's Träger rule; a Träger that does not exist is reported as unknownProvider instead. */
function isProviderAllowed(lookup: ImportLookup, cityId: string, chosen: string | null, saved?: string | null): boolean {
  if (chosen !== null && !lookup.providers.has(chosen)) return true;
  return isProviderChoiceAllowed(lookup.role, { chosen, saved, choosable: lookup.choosableProviders.get(cityId) ?? new Set<string>() });
}

function planRow(input: ValidRow, lookup: ImportLookup, seenIds: Set<string>): PlannedRow | RowError[] {
  const { row, values } = input;
  const errors: RowError[] = [];
  const error = (column: CsvColumn | null, code: RowErrorCode) => errors.push({ row, column, code });

  if (values.type && !lookup.types.has(values.type)) error("type", "unknownType");
  if (values.provider && !lookup.providers.has(values.provider)) error("provider", "unknownProvider");
  const city = values.city ? lookup.cities.get(values.city) : undefined;
  if (values.city && !city) error("city", "unknownCity");

  if (values.id) {
    if (seenIds.has(values.id)) error("id", "duplicateId");
    seenIds.add(values.id);
    const offer = lookup.offers.get(values.id);
    if (!offer) {
      error("id", "notFound");
      return errors;
    }
    if (values.version == null) error("version", "versionRequired");
    else if (values.version !== offer.version) error("version", "versionConflict");
    if (city && city.slug !== offer.citySlug) error("city", "cityChanged");
    if (values.provider !== undefined && !isProviderAllowed(lookup, offer.cityId, values.provider, offer.provider))
      error("provider", "providerOutOfScope");
    if (errors.length > 0) return errors;

    const next = toImportValues(offer);
    for (const [key, value] of Object.entries(textCells(values))) {
      if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    }
    if (values.status) next.status = values.status;
    if (values.whole_city != null) next.servesWholeCity = values.whole_city;
    if (values.type) next.type = values.type;
    if (values.provider !== undefined) next.provider = values.provider;
    const keys = (Object.keys(next) as (keyof OfferImportValues)[]).filter((key) => next[key] !== offer[key]);
    const pick = (source: OfferImportValues) => Object.fromEntries(keys.map((key) => [key, source[key]])) as Partial<OfferImportValues>;
    return {
      row,
      action: keys.length > 0 ? "update" : "unchanged",
      offer,
      cityName: offer.cityName,
      values: next,
      before: pick(offer),
      changes: pick(next),
    };
  }

  if (values.city == null) error("city", "cityRequired");
  else if (city && !city.inScope) error("city", "cityOutOfScope");
  else if (city && !isProviderAllowed(lookup, city.id, values.provider ?? null)) error("provider", "providerOutOfScope");
  if (values.type == null) error("type", "typeRequired");
  for (const key of ["name", "summary", "description"] as const) {
    if (values[key] === undefined) error(key, `${key}Required`);
  }
  if (errors.length > 0 || !city || !values.type || !values.name || !values.summary || !values.description) return errors;
  return {
    row,
    action: "create",
    cityId: city.id,
    citySlug: city.slug,
    cityName: city.name,
    values: {
      ...(Object.fromEntries(
        textColumns.map((spec) => [spec.name, textCells(values)[spec.name] ?? emptyTextValue(spec)]),
      ) as OfferCsvTextValues),
      status: values.status ?? "DRAFT",
      servesWholeCity: values.whole_city ?? false,
      type: values.type,
      provider: values.provider ?? null,
    },
  };
}

export function planOfferImport(rows: ValidRow[], lookup: ImportLookup, earlierErrors: RowError[] = []): ImportPlan {
  const planned: PlannedRow[] = [];
  const errors: RowError[] = [...earlierErrors];
  const seenIds = new Set<string>();
  for (const row of rows) {
    const result = planRow(row, lookup, seenIds);
    if (Array.isArray(result)) errors.push(...result);
    else planned.push(result);
  }
  errors.sort((a, b) => a.row - b.row);
  return { planned, errors };
}
