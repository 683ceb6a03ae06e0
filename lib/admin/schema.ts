import { z } from "zod";
import { readStatedDate, toPeriodColumns } from "@/lib/directory/period";
import { routing } from "@/lib/i18n/routing";
import { offerTextFields, textRuleOf } from "./offers/fields";
import type { TextFieldRegistry } from "./offers/fields";
import { checkText, isErrorCode, normaliseText } from "./text-rules";
import type { ErrorCode, TextRule } from "./text-rules";
import { districtsFor, isIsoDate, isTime, isTimeRangeOrdered, offerLanguages, offerStatuses } from "./offer-rules";

// Every admin form is validated by one of these schemas on the server; the issues'
// messages are error codes (text-rules.ts), which the form shows translated.

function text(rule: TextRule) {
  return z
    .string({ error: "invalid" })
    .transform((raw) => normaliseText(raw, rule.multiline))
    .superRefine((value, ctx) => {
      const code = checkText(value, rule);
      if (code) ctx.addIssue({ code: "custom", message: code });
    });
}

export const requiredText = (rule: Omit<TextRule, "required">) => text({ ...rule, required: true });
export const optionalText = (rule: Omit<TextRule, "required">) => text(rule).transform((v) => (v === "" ? null : v));

export type RequiredText = ReturnType<typeof requiredText>;
export type OptionalText = ReturnType<typeof optionalText>;

/** The form schemas of a registry's text fields (offers/fields.ts); "" of an optional field is null. */
export function textFieldSchemas<R extends TextFieldRegistry>(registry: R) {
  return Object.fromEntries(
    registry.map((spec) => [spec.name, spec.required ? requiredText(textRuleOf(spec)) : optionalText(textRuleOf(spec))]),
  ) as { [S in R[number] as S["name"]]: S["required"] extends true ? RequiredText : OptionalText };
}

export const uuid = z.uuid({ error: "invalid" });
export const locale = z.enum(routing.locales, { error: "invalid" });

const contactSchema = z.strictObject({
  id: z.union([z.literal(""), uuid]).transform((v) => (v === "" ? null : v)),
  remove: z.enum(["", "on"], { error: "invalid" }).transform((v) => v === "on"),
  name: optionalText({ max: 200 }),
  role: optionalText({ max: 200 }),
  department: optionalText({ max: 200 }),
  phone: optionalText({ max: 40, format: "phone" }),
  email: optionalText({ max: 254, format: "email" }),
});

export const maxContacts = 20;
export const maxHours = 50;
export const maxExceptions = 60;

const uuidList = z
  .array(uuid)
  .max(300, { error: "tooMany" })
  .transform((ids) => [...new Set(ids)]);
const checkbox = z.enum(["", "on"], { error: "invalid" }).transform((v) => v === "on");
const time = z.string({ error: "invalid" }).transform((v) => v.trim());

// Coordinates arrive as text; a comma is accepted as the German decimal mark.
const coordinate = (limit: number) =>
  z
    .string({ error: "invalid" })
    .transform((v) => v.trim().replace(",", "."))
    .superRefine((v, ctx) => {
      if (v !== "" && (!/^-?[0-9]{1,3}(?:\.[0-9]{1,6})?$/.test(v) || Math.abs(Number(v)) > limit)) {
        ctx.addIssue({ code: "custom", message: "invalidCoordinate" });
      }
    })
    .transform((v) => (v === "" ? null : Number(v)));

const hoursRow = z.strictObject({
  weekday: z.enum(["1", "2", "3", "4", "5", "6", "7"], { error: "invalid" }).transform(Number),
  opens: time,
  closes: time,
  note: optionalText({ max: 200 }),
});

const exceptionRow = z.strictObject({
  date: z.string({ error: "invalid" }).transform((v) => v.trim()),
  closed: checkbox,
  opens: time,
  closes: time,
  note: optionalText({ max: 200 }),
});

function checkRange(opens: string, closes: string, path: (string | number)[], ctx: z.RefinementCtx) {
  const opensOk = isTime(opens, "opens");
  const closesOk = isTime(closes, "closes");
  if (!opensOk) ctx.addIssue({ code: "custom", message: opens === "" ? "timesRequired" : "invalidTime", path: [...path, "opens"] });
  if (!closesOk) ctx.addIssue({ code: "custom", message: closes === "" ? "timesRequired" : "invalidTime", path: [...path, "closes"] });
  if (opensOk && closesOk && !isTimeRangeOrdered(opens, closes))
    ctx.addIssue({ code: "custom", message: "hoursOrder", path: [...path, "closes"] });
}

// "2017", "2017-08", "2017-08-31", or as German staff write them: "08.2017", "31.08.2017".
const statedDate = z
  .string({ error: "invalid" })
  .default("")
  .transform((v) => {
    const value = v.trim();
    const monthYear = /^(\d{1,2})\.(\d{4})$/.exec(value);
    if (monthYear) return `${monthYear[2]}-${monthYear[1]!.padStart(2, "0")}`;
    const dayMonthYear = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (dayMonthYear) return `${dayMonthYear[3]}-${dayMonthYear[2]!.padStart(2, "0")}-${dayMonthYear[1]!.padStart(2, "0")}`;
    return value === "" ? null : value;
  })
  .superRefine((v, ctx) => {
    if (v !== null && readStatedDate(v, "start") === null) ctx.addIssue({ code: "custom", message: "invalidPeriod" });
  });

const offerFields = {
  ...textFieldSchemas(offerTextFields),
  typeId: uuid,
  providerId: z.union([z.literal(""), uuid], { error: "invalid" }).transform((v) => (v === "" ? null : v)),
  status: z.enum(offerStatuses, { error: "invalid" }),
  servesWholeCity: checkbox,
  districtIds: uuidList,
  latitude: coordinate(90),
  longitude: coordinate(180),
  languages: z
    .array(z.enum(offerLanguages, { error: "invalid" }))
    .max(offerLanguages.length, { error: "tooMany" })
    .transform((codes): string[] => [...new Set(codes)]),
  accessibilityIds: uuidList,
  targetGroupIds: uuidList,
  handlungsfeldIds: uuidList,
  freeOfCharge: z.enum(["", "yes", "no"], { error: "invalid" }).transform((v) => (v === "" ? null : v === "yes")),
  periodFrom: statedDate,
  periodUntil: statedDate,
  contacts: z.array(contactSchema).max(maxContacts + 1, { error: "tooMany" }),
  hours: z.array(hoursRow).max(maxHours + 10, { error: "tooMany" }),
  exceptions: z.array(exceptionRow).max(maxExceptions + 1, { error: "tooMany" }),
};

type OfferFields = z.output<z.ZodObject<typeof offerFields>>;

function refineOffer(value: OfferFields, ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  value.contacts.forEach((contact, index) => {
    const empty = !contact.name && !contact.role && !contact.department && !contact.phone && !contact.email;
    if (contact.id && ids.has(contact.id)) ctx.addIssue({ code: "custom", message: "invalid", path: ["contacts", index, "id"] });
    if (contact.id) ids.add(contact.id);
    if (contact.id && empty && !contact.remove) {
      ctx.addIssue({ code: "custom", message: "contactEmpty", path: ["contacts", index, "name"] });
    }
  });
  if (value.contacts.filter((c) => !c.remove && (c.id || c.name || c.phone || c.email || c.role || c.department)).length > maxContacts) {
    ctx.addIssue({ code: "custom", message: "tooMany", path: ["contacts"] });
  }
  const { validFrom, validUntil } = toPeriodColumns(value.periodFrom, value.periodUntil);
  if (validFrom && validUntil && validUntil < validFrom) ctx.addIssue({ code: "custom", message: "periodOrder", path: ["periodUntil"] });
  if ((value.latitude === null) !== (value.longitude === null)) {
    ctx.addIssue({ code: "custom", message: "coordinatesPair", path: [value.latitude === null ? "latitude" : "longitude"] });
  }
  // Blank rows are the form's spare rows for adding; they mean nothing.
  value.hours.forEach((row, index) => {
    if (row.opens === "" && row.closes === "" && !row.note) return;
    checkRange(row.opens, row.closes, ["hours", index], ctx);
  });
  if (value.hours.filter((r) => r.opens || r.closes || r.note).length > maxHours)
    ctx.addIssue({ code: "custom", message: "tooMany", path: ["hours"] });
  const dates = new Set<string>();
  value.exceptions.forEach((row, index) => {
    if (row.date === "" && row.opens === "" && row.closes === "" && !row.note && !row.closed) return;
    if (!isIsoDate(row.date))
      ctx.addIssue({ code: "custom", message: row.date === "" ? "required" : "invalidDate", path: ["exceptions", index, "date"] });
    else if (dates.has(row.date)) ctx.addIssue({ code: "custom", message: "invalid", path: ["exceptions", index, "date"] });
    dates.add(row.date);
    if (!row.closed) checkRange(row.opens, row.closes, ["exceptions", index], ctx);
    else if (row.opens !== "" || row.closes !== "")
      ctx.addIssue({ code: "custom", message: "invalid", path: ["exceptions", index, "opens"] });
  });
  if (dates.size > maxExceptions) ctx.addIssue({ code: "custom", message: "tooMany", path: ["exceptions"] });
}

// The form always offers blank rows for adding; left blank, they mean nothing.
function cleanOffer<T extends OfferFields>(value: T) {
  const { districtIds, contacts, hours, exceptions, ...rest } = value;
  return {
    ...rest,
    districtIds: districtsFor(value.servesWholeCity, districtIds),
    contacts: contacts.filter((c) => c.id || c.name || c.role || c.department || c.phone || c.email),
    hours: hours.filter((r) => r.opens !== "" || r.closes !== "").sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions
      .filter((r) => r.date !== "")
      .map((r) => ({ date: r.date, closed: r.closed, opens: r.closed ? null : r.opens, closes: r.closed ? null : r.closes, note: r.note }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

// int4 in the database; nine digits can never overflow it.
const version = z
  .string({ error: "invalid" })
  .regex(/^[1-9][0-9]{0,8}$/, { error: "invalid" })
  .transform(Number);

export const offerEditSchema = z
  .strictObject({ locale, offerId: uuid, version, ...offerFields })
  .superRefine(refineOffer)
  .transform(cleanOffer);

export const offerCreateSchema = z
  .strictObject({ locale, cityId: uuid, ...offerFields })
  .superRefine(refineOffer)
  .transform(cleanOffer);

export type OfferCreateInput = z.output<typeof offerCreateSchema>;

type ParsedOffer = z.output<typeof offerEditSchema>;

// Status is left out of revisions (see review/save-input.ts); absent, it stays as it is.
export type OfferEditInput = Omit<ParsedOffer, "status"> & { status?: ParsedOffer["status"] };

type SaveIdentity = "locale" | "offerId" | "version" | "contacts";

/**
 * What the save path (updateOffer) takes: any field the input leaves out keeps its
 * stored value, so a caller names only what it changes.
 */
export type OfferSaveInput = Pick<OfferEditInput, SaveIdentity> & Partial<Omit<ParsedOffer, SaveIdentity>>;

const translationLocale = z.enum(routing.locales.filter((l) => l !== routing.defaultLocale) as [string, ...string[]], { error: "invalid" });

export const offerTranslationsSchema = z.strictObject({
  locale,
  offerId: uuid,
  version,
  translations: z
    .array(
      z.strictObject({
        locale: translationLocale,
        name: optionalText({ max: 200 }),
        summary: optionalText({ max: 500, multiline: true }),
        description: optionalText({ max: 10_000, multiline: true }),
        reviewed: checkbox,
      }),
    )
    .max(routing.locales.length, { error: "tooMany" })
    .refine((rows) => new Set(rows.map((r) => r.locale)).size === rows.length, { error: "invalid" }),
});

export type OfferTranslationsInput = z.output<typeof offerTranslationsSchema>;

export const offerStatusSchema = z.strictObject({
  locale,
  offerId: uuid,
  version,
  status: z.enum(["ARCHIVED", "DRAFT"], { error: "invalid" }),
});

export type OfferStatusInput = z.output<typeof offerStatusSchema>;

export const auditFilterSchema = z.object({
  typ: z.enum(["offer", "user", "session"]).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export type FieldErrors = Record<string, ErrorCode>;

/** First error per field, keyed by its dotted path ("contacts.0.email"); codes only. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= isErrorCode(issue.message) ? issue.message : "invalid";
  }
  return errors;
}
