import { z } from "zod";
import { locale, optionalText, requiredText, uuid } from "../schema";
import { roles } from "../types";

// The account forms: sign-in, set password, invitation, lifting a sign-in lock. Their
// issues' messages are error codes (../text-rules.ts), which the forms show translated.

export const signInSchema = z.strictObject({
  locale,
  email: requiredText({ max: 254, format: "email" }).transform((v) => v.toLowerCase()),
  // Not trimmed or normalised: a password is compared exactly as typed.
  password: z.string({ error: "invalid" }).min(1, { error: "required" }).max(1024, { error: "tooLong" }),
});

/** "Lift the sign-in lock" on the users page: which account. */
export const liftSignInLockSchema = z.strictObject({ locale, userId: uuid });

/** What the users page says after that form (?anmeldesperre=…). */
export const signInLockOutcomes = { aufgehoben: "unlocked", fehler: "unlockFailed" } as const;
export type SignInLockOutcome = keyof typeof signInLockOutcomes;

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
