import { z } from "zod";
import { offerEditSchema } from "../schema";

// The CSV columns of the offer import and export (README: "CSV import and export").
// A row is checked with the very field schemas of the offer form, so a value the
// form refuses is refused here too, with the same error code.

export const importColumns = [
  "id",
  "version",
  "city",
  "provider",
  "type",
  "status",
  "whole_city",
  "name",
  "summary",
  "description",
  "street",
  "postcode",
  "locality",
  "phone",
  "email",
  "website",
] as const;

/** Exported for reference, ignored on import. */
export const readOnlyColumns = ["slug", "last_verified"] as const;

export const exportColumns = [
  "id",
  "version",
  "slug",
  "status",
  "city",
  "provider",
  "type",
  "whole_city",
  "name",
  "summary",
  "description",
  "street",
  "postcode",
  "locality",
  "phone",
  "email",
  "website",
  "last_verified",
] as const;

export type ImportColumn = (typeof importColumns)[number];
export type CsvColumn = (typeof exportColumns)[number];

export function isCsvColumn(value: string): value is CsvColumn {
  return (exportColumns as readonly string[]).includes(value);
}

const form = offerEditSchema.in.shape;

const cell = z.string({ error: "invalid" }).transform((v) => v.trim());
const emptyAsNull = <T>(inner: z.ZodType<T, string>) => cell.pipe(z.union([z.literal("").transform(() => null), inner]));

const reference = emptyAsNull(z.string().max(200, { error: "tooLong" }).transform((v) => v.toLowerCase()));
const yes = new Set(["ja", "j", "yes", "y", "true", "1", "x"]);
const no = new Set(["nein", "n", "no", "false", "0"]);

/**
 * One data row, keyed by column. A column missing from the file is undefined (an
 * update leaves that field alone); a present but empty cell is null: it clears an
 * optional text, and leaves city, type, status and whole_city of an update as they are.
 */
export const offerCsvRowSchema = z.object({
  id: emptyAsNull(z.uuid({ error: "invalid" }).transform((v) => v.toLowerCase())).optional(),
  version: emptyAsNull(z.string().regex(/^[1-9][0-9]{0,8}$/, { error: "invalid" }).transform(Number)).optional(),
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
  name: form.name.optional(),
  summary: form.summary.optional(),
  description: form.description.optional(),
  street: form.street.optional(),
  postcode: form.postcode.optional(),
  locality: form.locality.optional(),
  phone: form.phone.optional(),
  email: form.email.optional(),
  website: form.website.optional(),
});

export type OfferCsvRow = z.output<typeof offerCsvRowSchema>;

/** The export's GET filters; junk falls back to "no filter". */
export const exportFilterSchema = z.object({
  liste: z.enum(["angebote", "pruefung"]).catch("angebote").default("angebote"),
  stadt: z.uuid().optional().catch(undefined),
  traeger: z.uuid().optional().catch(undefined),
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional().catch(undefined),
});

export type ExportQuery = z.output<typeof exportFilterSchema>;
