import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { checkText, isErrorCode, normaliseText } from "./text-rules";
import type { ErrorCode, TextRule } from "./text-rules";
import { roles } from "./types";

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

const requiredText = (rule: Omit<TextRule, "required">) => text({ ...rule, required: true });
const optionalText = (rule: Omit<TextRule, "required">) => text(rule).transform((v) => (v === "" ? null : v));

const uuid = z.uuid({ error: "invalid" });
const locale = z.enum(routing.locales, { error: "invalid" });

export const signInSchema = z.strictObject({
  locale,
  email: requiredText({ max: 254, format: "email" }).transform((v) => v.toLowerCase()),
  // Not trimmed or normalised: a password is compared exactly as typed.
  password: z.string({ error: "invalid" }).min(1, { error: "required" }).max(1024, { error: "tooLong" }),
});

const passwordRule = z
  .string({ error: "invalid" })
  .min(12, { error: "passwordTooShort" })
  .max(256, { error: "tooLong" })
  .refine((v) => v.isWellFormed() && !/[\u0000-\u001f\u007f]/.test(v), { error: "invalidText" });

export const setPasswordSchema = z
  .strictObject({
    locale,
    token: z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "invalid" }),
    password: passwordRule,
    confirm: z.string({ error: "invalid" }),
  })
  .refine((v) => v.password === v.confirm, { error: "passwordMismatch", path: ["confirm"] });

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

export const offerEditSchema = z
  .strictObject({
    locale,
    offerId: uuid,
    // int4 in the database; nine digits can never overflow it.
    version: z.string({ error: "invalid" }).regex(/^[1-9][0-9]{0,8}$/, { error: "invalid" }).transform(Number),
    name: requiredText({ max: 200 }),
    summary: requiredText({ max: 500, multiline: true }),
    description: requiredText({ max: 10_000, multiline: true }),
    street: optionalText({ max: 200 }),
    postcode: optionalText({ max: 5, format: "postcode" }),
    locality: optionalText({ max: 100 }),
    phone: optionalText({ max: 40, format: "phone" }),
    email: optionalText({ max: 254, format: "email" }),
    website: optionalText({ max: 500, format: "url" }),
    contacts: z.array(contactSchema).max(maxContacts + 1, { error: "tooMany" }),
  })
  .superRefine((value, ctx) => {
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
  })
  // The form always offers one blank row for a new contact; left blank, it means nothing.
  .transform((value) => ({
    ...value,
    contacts: value.contacts.filter((c) => c.id || c.name || c.role || c.department || c.phone || c.email),
  }));

export type OfferEditInput = z.output<typeof offerEditSchema>;

export const inviteUserSchema = z
  .strictObject({
    locale,
    email: requiredText({ max: 254, format: "email" }).transform((v) => v.toLowerCase()),
    name: optionalText({ max: 200 }),
    role: z.enum(roles as [string, ...string[]], { error: "invalid" }).transform((v) => v as (typeof roles)[number]),
    cityIds: z.array(uuid).max(100, { error: "tooMany" }),
    providerIds: z.array(uuid).max(100, { error: "tooMany" }),
  })
  .superRefine((value, ctx) => {
    if (value.role === "CITY_EDITOR" && value.cityIds.length === 0) {
      ctx.addIssue({ code: "custom", message: "scopeRequired", path: ["cityIds"] });
    }
    if (value.role === "PROVIDER_EDITOR" && value.providerIds.length === 0) {
      ctx.addIssue({ code: "custom", message: "scopeRequired", path: ["providerIds"] });
    }
  })
  // Scopes only mean something for the role they belong to.
  .transform((value) => ({
    ...value,
    cityIds: value.role === "CITY_EDITOR" ? [...new Set(value.cityIds)] : [],
    providerIds: value.role === "PROVIDER_EDITOR" ? [...new Set(value.providerIds)] : [],
  }));

export type InviteUserInput = z.output<typeof inviteUserSchema>;

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
