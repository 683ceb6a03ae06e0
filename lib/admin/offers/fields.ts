import type { TextFormat, TextRule } from "../text-rules";

// The offer's plain text fields, each described once. The form schema, the form
// reader, the edit values, the Prisma data of every write, the CSV columns and the
// snapshot reader are derived from this list, so a new text field is one entry here
// (plus the migration, the Prisma schema and the form layout).

export type TextFieldKind = "text" | "multiline" | TextFormat;

export type TextFieldSpec = {
  /** The Prisma field, the form input's name and the key in edit values and snapshots. */
  readonly name: string;
  readonly kind: TextFieldKind;
  readonly max: number;
  /** Required when an offer is created or saved through the form. */
  readonly required: boolean;
  /** Message key ("Namespace.key") of the field's label. */
  readonly label: string;
  /** The column in CSV import and export; null: not in the CSV. */
  readonly csv: string | null;
};

export type TextFieldRegistry = readonly TextFieldSpec[];

export const offerTextFields = [
  { name: "name", kind: "text", max: 200, required: true, label: "Admin.edit.name", csv: "name" },
  { name: "summary", kind: "multiline", max: 500, required: true, label: "Admin.edit.summary", csv: "summary" },
  { name: "description", kind: "multiline", max: 10_000, required: true, label: "Admin.edit.description", csv: "description" },
  { name: "street", kind: "text", max: 200, required: false, label: "Admin.edit.street", csv: "street" },
  { name: "postcode", kind: "postcode", max: 5, required: false, label: "Admin.edit.postcode", csv: "postcode" },
  { name: "locality", kind: "text", max: 100, required: false, label: "Admin.edit.locality", csv: "locality" },
  { name: "phone", kind: "phone", max: 40, required: false, label: "Admin.edit.phone", csv: "phone" },
  { name: "email", kind: "email", max: 254, required: false, label: "Admin.edit.email", csv: "email" },
  { name: "website", kind: "url", max: 500, required: false, label: "Admin.edit.website", csv: "website" },
  { name: "costNote", kind: "multiline", max: 500, required: false, label: "AdminEdit.costNote", csv: null },
  { name: "sourceDocument", kind: "text", max: 300, required: false, label: "AdminEdit.sourceDocument", csv: null },
  { name: "sourceSection", kind: "text", max: 300, required: false, label: "AdminEdit.sourceSection", csv: null },
] as const satisfies TextFieldRegistry;

export type OfferTextRegistry = typeof offerTextFields;

type ValueOf<S extends TextFieldSpec> = S["required"] extends true ? string : string | null;

/** The stored values of a registry's fields: a required text is a string, any other string or null. */
export type TextValues<R extends TextFieldRegistry> = { [S in R[number] as S["name"]]: ValueOf<S> };

export type TextFieldName<R extends TextFieldRegistry> = R[number]["name"];

type CsvSpec<R extends TextFieldRegistry> = Extract<R[number], { csv: string }>;

export type CsvTextColumn<R extends TextFieldRegistry> = CsvSpec<R>["csv"];

/** The values of the fields that have a CSV column, keyed by field name. */
export type CsvTextValues<R extends TextFieldRegistry> = { [S in CsvSpec<R> as S["name"]]: ValueOf<S> };

export type OfferTextValues = TextValues<OfferTextRegistry>;
export type OfferCsvTextValues = CsvTextValues<OfferTextRegistry>;

export function textFieldNames<R extends TextFieldRegistry>(registry: R): TextFieldName<R>[] {
  return registry.map((spec) => spec.name);
}

/** The check of text-rules.ts for one field; the form, the CSV import and the snapshot reader share it. */
export function textRuleOf(spec: TextFieldSpec): TextRule {
  const format = spec.kind === "text" || spec.kind === "multiline" ? undefined : spec.kind;
  return { max: spec.max, required: spec.required, multiline: spec.kind === "multiline", ...(format ? { format } : {}) };
}

/** What a field holds when nothing was given: a required text is empty, any other null. */
export function emptyTextValue(spec: TextFieldSpec): string | null {
  return spec.required ? "" : null;
}

export function csvTextFields<R extends TextFieldRegistry>(registry: R): CsvSpec<R>[] {
  return registry.filter((spec): spec is CsvSpec<R> => spec.csv !== null);
}

export function csvTextColumns<R extends TextFieldRegistry>(registry: R): CsvTextColumn<R>[] {
  return csvTextFields(registry).map((spec) => spec.csv);
}

/** The registry's fields picked from a larger object, e.g. the Prisma `data` of a write. */
export function pickTextValues<R extends TextFieldRegistry>(registry: R, values: TextValues<R>): TextValues<R> {
  const record = values as Record<string, string | null>;
  return Object.fromEntries(registry.map((spec) => [spec.name, record[spec.name] ?? emptyTextValue(spec)])) as TextValues<R>;
}

/** A Prisma `select` of the registry's fields (or of those with a CSV column). */
export function textSelect<R extends TextFieldRegistry>(registry: R): { [K in TextFieldName<R>]: true } {
  return Object.fromEntries(registry.map((spec) => [spec.name, true])) as { [K in TextFieldName<R>]: true };
}

/**
 * A stored snapshot's text fields (audit or revision JSON): a key it holds with a
 * value of the right type is taken; a key it lacks, or holds wrongly, is left out,
 * so that the caller decides what stands in for it.
 */
export function readTextSnapshot<R extends TextFieldRegistry>(registry: R, record: Record<string, unknown>): Partial<TextValues<R>> {
  const read: Record<string, string | null> = {};
  for (const spec of registry) {
    const value = record[spec.name];
    if (typeof value === "string" || (value === null && !spec.required)) read[spec.name] = value;
  }
  return read as Partial<TextValues<R>>;
}

/** A snapshot's text fields with every missing one filled with its empty value. */
export function completeTextSnapshot<R extends TextFieldRegistry>(registry: R, record: Record<string, unknown>): TextValues<R> {
  const read = readTextSnapshot(registry, record) as Record<string, string | null>;
  return Object.fromEntries(
    registry.map((spec) => [spec.name, spec.name in read ? read[spec.name] : emptyTextValue(spec)]),
  ) as TextValues<R>;
}
