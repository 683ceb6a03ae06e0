import type { OfferFormValues, TranslationFormValues } from "./form-data";
import type { FieldErrors } from "./schema";
import type { OfferForEdit, OfferTranslationsForEdit } from "./types";

// What the admin server actions (actions.ts) hand back to their forms. Errors are
// codes; the forms show them translated (Admin.errors.*, Admin.formErrors.*).

export type FormErrorCode =
  | "invalidCredentials"
  | "throttled"
  | "session"
  | "forbidden"
  | "notFound"
  | "invalidContact"
  | "invalidChoice"
  | "emailTaken"
  | "unknownScope"
  | "linkInvalid"
  | "fieldErrors";

export type SignInState =
  | { status: "idle" }
  | { status: "error"; formError: FormErrorCode; fieldErrors: FieldErrors; email: string; retryAfterMinutes?: number; stamp: number };

export type OfferFormState =
  | { status: "idle" }
  | { status: "submitted"; stamp: number }
  | { status: "error"; formError: FormErrorCode; fieldErrors: FieldErrors; values: OfferFormValues; stamp: number }
  | { status: "conflict"; values: OfferFormValues; current: OfferForEdit; stamp: number };

export type InviteFormValues = { email: string; name: string; role: string; cityIds: string[]; providerIds: string[] };

export type InviteState =
  | { status: "idle" }
  | { status: "error"; formError: FormErrorCode; fieldErrors: FieldErrors; values: InviteFormValues; stamp: number }
  | { status: "invited"; email: string; link: string; stamp: number };

export type SetPasswordState = { status: "idle" } | { status: "error"; formError: FormErrorCode; fieldErrors: FieldErrors; stamp: number };

export type TranslationsFormState =
  | { status: "idle" }
  // version: the one sent, so that a typing error after a conflict does not bring the conflict back.
  | { status: "error"; formError: FormErrorCode; fieldErrors: FieldErrors; values: TranslationFormValues[]; version: string; stamp: number }
  | { status: "conflict"; values: TranslationFormValues[]; current: OfferTranslationsForEdit; stamp: number };
