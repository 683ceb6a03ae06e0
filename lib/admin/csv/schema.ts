import { z } from "zod";
import { csvTextColumns, csvTextFields, offerTextFields } from "../offers/fields";
import type { CsvTextColumn, TextFieldRegistry } from "../offers/fields";
import { textFieldSchemas } from "../schema";
import type { OptionalText, RequiredText } from "../schema";

// The CSV columns of the offer import and export (README: "CSV import and export").
// A row is checked with the very field schemas of the offer form, so a value the
// form refuses is refused here too, with the same error code.

const importControlColumns = ["id", "version", "city", "provider", "type", "status", "whole_city"] as const;

/** A registry's import columns: the control columns, then one per text field with a CSV column. */
export function importColumnsOf<R extends TextFieldRegistry>(registry: R) {
  return [...importControlColumns, ...csvTextColumns(registry)];
}

/** A registry's export columns: the import's, with the read-only ones in their places. */
export function exportColumnsOf<R extends TextFieldRegistry>(registry: R) {
  return [
    "id",
    "version",
    "slug",
    "status",
    "city",
    "provider",
    "type",
    "whole_city",
    ...csvTextColumns(registry),
    "last_verified",
  ] as const;
}

export const importColumns = importColumnsOf(offerTextFields);

export const exportColumns = exportColumnsOf(offerTextFields);

export type ImportColumn = (typeof importControlColumns)[number] | CsvTextColumn<typeof offerTextFields>;
export type CsvColumn = (typeof exportColumns)[number];

export function isCsvColumn(value: string): value is CsvColumn {
  return (exportColumns as readonly string[]).includes(value);
}

/** The cells of a registry's text columns, checked with the form's own field schemas. */
export function csvTextSchemas<R extends TextFieldRegistry>(registry: R) {
  const schemas = textFieldSchemas(registry) as Record<string, z.ZodType>;
  return Object.fromEntries(csvTextFields(registry).map((spec) => [spec.csv, schemas[spec.name]!.optional()])) as {
    [S in Extract<R[number], { csv: string }> as S["csv"]]: z.ZodOptional<S["required"] extends true ? RequiredText : OptionalText>;
  };
}

const cell = z.string({ error: "invalid" }).transform((v) => v.trim());
const emptyAsNull = <T>(inner: z.ZodType<T, string>) => cell.pipe(z.union([z.literal("").transform(() => null), inner]));

const reference = emptyAsNull(
  z
    .string()
    .max(200, { error: "tooLong" })
    .transform((v) => v.toLowerCase()),
);
const yes = new Set(["ja", "j", "yes", "y", "true", "1", "x"]);
const no = new Set(["nein", "n", "no", "false", "0"]);

/**
 * One data row, keyed by column. A column missing from the file is undefined (an
 * update leaves that field alone); a present but empty cell is null: it clears an
 * optional text, and leaves city, type, status and whole_city of an update as they are.
 */
export const offerCsvRowSchema = z.object({
  id: emptyAsNull(z.uuid({ error: "invalid" }).transform((v) => v.toLowerCase())).optional(),
  version: emptyAsNull(
    z
      .string()
      .regex(/^[1-9][0-9]{0,8}$/, { error: "invalid" })
      .transform(Number),
  ).optional(),
  city: reference.optional(),
  provider: reference.optional(),
  type: reference.optional(),
  status: emptyAsNull(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"], { error: "invalid" })),
  ).optional(),
  whole_city: emptyAsNull(
    z.string().transform((v, ctx) => {
      const key = v.toLowerCase();
      if (yes.has(key)) return true;
      if (no.has(key)) return false;
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }),
  ).optional(),
  ...csvTextSchemas(offerTextFields),
});

export type OfferCsvRow = z.output<typeof offerCsvRowSchema>;

/** The export's GET filters; junk falls back to "no filter". */
export const exportFilterSchema = z.object({
  liste: z.enum(["angebote", "pruefung"]).catch("angebote").default("angebote"),
  stadt: z.uuid().optional().catch(undefined),
  traeger: z.uuid().optional().catch(undefined),
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional().catch(undefined),
});
