// Turns posted forms into plain objects for the schemas (schema.ts). Only known
// field names are read: a posted "__proto__" or "contacts.999999999.name" never
// shapes the object.
import { offerTextFields, textFieldNames } from "./offers/fields";
import type { TextFieldName, TextFieldRegistry } from "./offers/fields";

type FormLike = Pick<FormData, "get" | "getAll">;

/** A missing field reads as ""; a file where text belongs reads as undefined (→ "invalid"). */
function field(form: FormLike, name: string): string | undefined {
  const value = form.get(name);
  if (value === null) return "";
  return typeof value === "string" ? value : undefined;
}

function strings(form: FormLike, name: string): unknown[] {
  return form.getAll(name).map((v) => (typeof v === "string" ? v : undefined));
}

/** A registry's text inputs (offers/fields.ts), each read as one posted value. */
export function readTextInputs<R extends TextFieldRegistry>(registry: R, form: FormLike): Record<TextFieldName<R>, string | undefined> {
  return Object.fromEntries(textFieldNames(registry).map((name) => [name, field(form, name)])) as Record<
    TextFieldName<R>,
    string | undefined
  >;
}

// The offer form's single-value inputs that are not free text.
const offerChoiceFields = [
  "typeId",
  "providerId",
  "status",
  "servesWholeCity",
  "latitude",
  "longitude",
  "freeOfCharge",
  "periodFrom",
  "periodUntil",
] as const;

export const offerSingleFields = [...textFieldNames(offerTextFields), ...offerChoiceFields];

export const offerListFields = ["districtIds", "languages", "accessibilityIds", "targetGroupIds", "handlungsfeldIds"] as const;
export const hoursFields = ["weekday", "opens", "closes", "note"] as const;
export const exceptionFields = ["date", "closed", "opens", "closes", "note"] as const;

export const contactFields = ["id", "name", "role", "department", "phone", "email"] as const;

type OfferSingleField = (typeof offerSingleFields)[number];

export type OfferFormValues = Record<OfferSingleField, string> &
  Record<(typeof offerListFields)[number], string[]> & {
    contacts: (Record<(typeof contactFields)[number], string> & { remove: string })[];
    hours: Record<(typeof hoursFields)[number], string>[];
    exceptions: Record<(typeof exceptionFields)[number], string>[];
  };

// Each contact row posts a hidden "contact" field with its row number; rows are read
// in that order. At most 30 rows are looked at: the schema refuses more anyway.
const maxRows = 30;

function rowNumbers(form: FormLike, name: string, max: number): string[] {
  return strings(form, name)
    .filter((v): v is string => typeof v === "string" && /^[0-9]{1,3}$/.test(v))
    .filter((v, i, all) => all.indexOf(v) === i)
    .slice(0, max + 1);
}

function readRows<K extends string>(form: FormLike, prefix: string, rows: string[], names: readonly K[]) {
  return rows.map(
    (row) => Object.fromEntries(names.map((name) => [name, field(form, `${prefix}.${row}.${name}`)])) as Record<K, string | undefined>,
  );
}

function readOfferFields(form: FormLike) {
  const rows = rowNumbers(form, "contact", maxRows);
  const contacts = rows.map((row) => ({
    ...Object.fromEntries(contactFields.map((name) => [name, field(form, `contacts.${row}.${name}`)])),
    remove: field(form, `contacts.${row}.remove`),
  }));
  return {
    ...readTextInputs(offerTextFields, form),
    ...Object.fromEntries(offerChoiceFields.map((name) => [name, field(form, name)])),
    ...Object.fromEntries(offerListFields.map((name) => [name, strings(form, name).slice(0, 301)])),
    contacts,
    hours: readRows(form, "hours", rowNumbers(form, "hour", 70), hoursFields),
    exceptions: readRows(form, "exceptions", rowNumbers(form, "exception", 70), exceptionFields),
  };
}

export function readOfferForm(form: FormLike) {
  return { locale: field(form, "locale"), offerId: field(form, "offerId"), version: field(form, "version"), ...readOfferFields(form) };
}

export function readOfferCreateForm(form: FormLike) {
  return { locale: field(form, "locale"), cityId: field(form, "cityId"), ...readOfferFields(form) };
}

export const translationFields = ["name", "summary", "description", "reviewed"] as const;

export type TranslationFormValues = Record<(typeof translationFields)[number], string> & { locale: string };

/** One block per locale, named "translations.<locale>.<field>"; the locales come from a hidden list. */
export function readTranslationsForm(form: FormLike) {
  const locales = strings(form, "translation")
    .filter((v): v is string => typeof v === "string" && /^[a-z]{2}(?:-x-ls)?$/.test(v))
    .slice(0, 10);
  return {
    locale: field(form, "locale"),
    offerId: field(form, "offerId"),
    version: field(form, "version"),
    translations: locales.map((locale) => ({
      locale,
      ...Object.fromEntries(translationFields.map((name) => [name, field(form, `translations.${locale}.${name}`)])),
    })),
  };
}

export function toTranslationFormValues(raw: ReturnType<typeof readTranslationsForm>): TranslationFormValues[] {
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 20_000) : "");
  return raw.translations.map((row) => {
    const record = row as Record<string, unknown>;
    return {
      locale: row.locale,
      name: text(record.name),
      summary: text(record.summary),
      description: text(record.description),
      reviewed: text(record.reviewed),
    };
  });
}

/** What the person typed, to put back into the form after an error or a conflict. */
export function toOfferFormValues(raw: ReturnType<typeof readOfferFields>): OfferFormValues {
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 20_000) : "");
  const record = raw as Record<string, unknown>;
  return {
    ...(Object.fromEntries(offerSingleFields.map((name) => [name, text(record[name])])) as Record<OfferSingleField, string>),
    contacts: raw.contacts.map((c) => {
      const contact = c as Record<string, unknown>;
      return {
        ...(Object.fromEntries(contactFields.map((name) => [name, text(contact[name])])) as Record<(typeof contactFields)[number], string>),
        remove: text(contact.remove),
      };
    }),
    ...(Object.fromEntries(
      offerListFields.map((name) => [
        name,
        (Array.isArray(record[name]) ? (record[name] as unknown[]) : []).map((v) => text(v).slice(0, 36)),
      ]),
    ) as Record<(typeof offerListFields)[number], string[]>),
    hours: raw.hours.map(
      (row) =>
        Object.fromEntries(hoursFields.map((name) => [name, text(row[name]).slice(0, 200)])) as Record<
          (typeof hoursFields)[number],
          string
        >,
    ),
    exceptions: raw.exceptions.map(
      (row) =>
        Object.fromEntries(exceptionFields.map((name) => [name, text(row[name]).slice(0, 200)])) as Record<
          (typeof exceptionFields)[number],
          string
        >,
    ),
  };
}

export function readLiftSignInLockForm(form: FormLike) {
  return { locale: field(form, "locale"), userId: field(form, "userId") };
}

export function readSignInForm(form: FormLike) {
  return { locale: field(form, "locale"), email: field(form, "email"), password: field(form, "password") };
}

export function readSetPasswordForm(form: FormLike) {
  return {
    locale: field(form, "locale"),
    token: field(form, "token"),
    password: field(form, "password"),
    confirm: field(form, "confirm"),
  };
}

export function readInviteForm(form: FormLike) {
  return {
    locale: field(form, "locale"),
    email: field(form, "email"),
    name: field(form, "name"),
    role: field(form, "role"),
    cityIds: strings(form, "cityIds").slice(0, 101),
    providerIds: strings(form, "providerIds").slice(0, 101),
  };
}
