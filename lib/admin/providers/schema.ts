import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import type { FieldErrors } from "../schema";
import { checkText, normaliseText } from "../text-rules";
import { providerKinds, umbrellaAssociations } from "@/lib/seed/schema";
import type { TextRule } from "../text-rules";

// The Träger forms of /admin/traeger. Field errors are codes (Admin.errors.*).

// The kinds and umbrella associations are the seed data's (the Prisma enums), listed once.
const umbrellas = umbrellaAssociations;

export type ProviderKindValue = (typeof providerKinds)[number];
export type UmbrellaValue = (typeof umbrellas)[number];

export function text(rule: TextRule) {
  return z
    .string({ error: "invalid" })
    .transform((raw) => normaliseText(raw))
    .superRefine((value, ctx) => {
      const code = checkText(value, rule);
      if (code) ctx.addIssue({ code: "custom", message: code });
    });
}

const locale = z.enum(routing.locales, { error: "invalid" });

const providerFields = {
  locale,
  name: text({ max: 200, required: true }),
  kind: z.enum(providerKinds, { error: "invalid" }),
  umbrella: z.union([z.literal(""), z.enum(umbrellas)], { error: "invalid" }).transform((v) => (v === "" ? null : v)),
  website: text({ max: 500, format: "url" }).transform((v) => (v === "" ? null : v)),
  // "" is "no city", which only an ADMIN may choose (checked in the data layer).
  cityId: z.union([z.literal(""), z.uuid()], { error: "invalid" }).transform((v) => (v === "" ? null : v)),
};

export const providerCreateSchema = z.strictObject(providerFields);

export const providerUpdateSchema = z.strictObject({
  ...providerFields,
  providerId: z.uuid({ error: "invalid" }),
  version: z
    .string({ error: "invalid" })
    .regex(/^[1-9][0-9]{0,8}$/, { error: "invalid" })
    .transform(Number),
});

export type ProviderCreateInput = z.output<typeof providerCreateSchema>;
export type ProviderUpdateInput = z.output<typeof providerUpdateSchema>;

export type ProviderFormValues = { name: string; kind: string; umbrella: string; website: string; cityId: string };

export type ProviderFormError = "fieldErrors" | "forbidden" | "session" | "notFound" | "conflict" | "invalidCity";

export type ProviderFormState =
  | { status: "idle" }
  | { status: "error"; formError: ProviderFormError; fieldErrors: FieldErrors; values: ProviderFormValues; stamp: number };

type FormLike = Pick<FormData, "get">;

/** Only the known fields, so that strictObject refuses nothing a browser adds ($ACTION_ keys). */
export function readProviderForm(form: FormLike, withId: boolean) {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const base = {
    locale: field("locale"),
    name: field("name"),
    kind: field("kind"),
    umbrella: field("umbrella") ?? "",
    website: field("website") ?? "",
    cityId: field("cityId") ?? "",
  };
  return withId ? { ...base, providerId: field("providerId"), version: field("version") } : base;
}

export function toProviderFormValues(raw: Record<string, unknown>): ProviderFormValues {
  const value = (key: string, max: number) => (typeof raw[key] === "string" ? (raw[key] as string).slice(0, max) : "");
  return {
    name: value("name", 400),
    kind: value("kind", 40),
    umbrella: value("umbrella", 40),
    website: value("website", 1000),
    cityId: value("cityId", 36),
  };
}
