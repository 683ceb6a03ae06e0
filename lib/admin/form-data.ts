// Turns posted forms into plain objects for the schemas (schema.ts). Only known
// field names are read: a posted "__proto__" or "contacts.999999999.name" never
// shapes the object.
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

export const offerTextFields = [
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

export const contactFields = ["id", "name", "role", "department", "phone", "email"] as const;

export type OfferFormValues = Record<(typeof offerTextFields)[number], string> & {
  contacts: (Record<(typeof contactFields)[number], string> & { remove: string })[];
};

// Each contact row posts a hidden "contact" field with its row number; rows are read
// in that order. At most 30 rows are looked at: the schema refuses more anyway.
const maxRows = 30;

export function readOfferForm(form: FormLike) {
  const rows = strings(form, "contact")
    .filter((v): v is string => typeof v === "string" && /^[0-9]{1,2}$/.test(v))
    .filter((v, i, all) => all.indexOf(v) === i)
    .slice(0, maxRows + 1);
  const contacts = rows.map((row) => ({
    ...Object.fromEntries(contactFields.map((name) => [name, field(form, `contacts.${row}.${name}`)])),
    remove: field(form, `contacts.${row}.remove`),
  }));
  return {
    locale: field(form, "locale"),
    offerId: field(form, "offerId"),
    version: field(form, "version"),
    ...Object.fromEntries(offerTextFields.map((name) => [name, field(form, name)])),
    contacts,
  };
}

/** What the person typed, to put back into the form after an error or a conflict. */
export function toOfferFormValues(raw: ReturnType<typeof readOfferForm>): OfferFormValues {
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 20_000) : "");
  const record = raw as Record<string, unknown>;
  return {
    ...(Object.fromEntries(offerTextFields.map((name) => [name, text(record[name])])) as Record<(typeof offerTextFields)[number], string>),
    contacts: raw.contacts.map((c) => {
      const contact = c as Record<string, unknown>;
      return {
        ...(Object.fromEntries(contactFields.map((name) => [name, text(contact[name])])) as Record<(typeof contactFields)[number], string>),
        remove: text(contact.remove),
      };
    }),
  };
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
