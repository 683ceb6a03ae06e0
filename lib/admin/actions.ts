"use server";

import { cookies } from "next/headers";
import { offerTags } from "@/lib/directory/cache-tags";
import { getSiteUrl } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { toLocale } from "@/lib/i18n/routing";
import { adminAction, formFailure, guestAction, refuseForm, withPreviousState } from "./action-pipeline";
import { endAllSessions, endSession, liftSignInLock, setPasswordWithToken } from "./auth/mutations";
import { signInWithPassword } from "./auth/sign-in";
import {
  readInviteForm,
  readLiftSignInLockForm,
  readOfferCreateForm,
  readOfferForm,
  readTranslationsForm,
  toTranslationFormValues,
  readSetPasswordForm,
  readSignInForm,
  toOfferFormValues,
} from "./form-data";
import type { InviteState, OfferFormState, SetPasswordState, SignInState, TranslationsFormState } from "./form-state";
import { changeOfferStatus, createOffer, inviteUser, updateOffer } from "./mutations";
import { hashPassword } from "./passwords";
import { getCookieSettings } from "./request";
import { offerCreateSchema, offerEditSchema, offerStatusSchema, offerTranslationsSchema, toFieldErrors } from "./schema";
import { inviteUserSchema, liftSignInLockSchema, setPasswordSchema, signInSchema } from "./auth/schema";
import type { SignInLockOutcome } from "./auth/schema";
import { hashToken } from "./tokens";
import { saveOfferTranslations } from "./translations/mutations";

// Every action runs through action-pipeline.ts; the data layer authorises against the
// database and audits. Answers are codes, never the input in a message, never a password.

/** What was typed, for the form to show again (not the normalised address). */
function typedEmail(raw: ReturnType<typeof readSignInForm>): string {
  return typeof raw.email === "string" ? raw.email.slice(0, 254) : "";
}

export const signIn = withPreviousState<SignInState>(
  guestAction({
    read: readSignInForm,
    schema: signInSchema,
    run: (input, ip) => signInWithPassword({ email: input.email, password: input.password, ip, now: new Date() }),
    refuse: (refusal, raw) => {
      const fieldErrors = refusal.code === "invalid" ? toFieldErrors(refusal.error) : {};
      return {
        status: "error",
        formError: refusal.code === "invalid" ? "fieldErrors" : "forbidden",
        fieldErrors,
        email: typedEmail(raw),
        stamp: Date.now(),
      };
    },
    answer: async (result, input, raw): Promise<SignInState> => {
      const failed = { status: "error", fieldErrors: {}, email: typedEmail(raw), stamp: Date.now() } as const;
      if (result.status === "throttled") return { ...failed, formError: "throttled", retryAfterMinutes: result.retryAfterMinutes };
      if (result.status !== "signedIn") return { ...failed, formError: "invalidCredentials" };
      const settings = await getCookieSettings();
      (await cookies()).set(settings.name, result.token, settings.options);
      return redirect({ href: "/admin/angebote", locale: input.locale });
    },
  }),
);

function signOutAction(end: "this" | "all") {
  const signedOut = (raw: { locale: ReturnType<typeof toLocale> }): never =>
    redirect({ href: { pathname: "/admin", query: { abgemeldet: "1" } }, locale: raw.locale });
  return adminAction({
    read: (form) => ({ locale: toLocale(form.get("locale")) }),
    run: async (ctx) => {
      if (end === "all") await endAllSessions(ctx);
      else await endSession(ctx, ctx.user.sessionId);
      const settings = await getCookieSettings();
      (await cookies()).set(settings.name, "", { ...settings.options, maxAge: 0 });
    },
    refuse: (_refusal, raw) => signedOut(raw),
    answer: (_result, _input, raw) => signedOut(raw),
  });
}

export const signOut: (form: FormData) => Promise<void> = signOutAction("this");

export const signOutEverywhere: (form: FormData) => Promise<void> = signOutAction("all");

export const saveOffer = withPreviousState<OfferFormState>(
  adminAction({
    read: readOfferForm,
    schema: offerEditSchema,
    run: updateOffer,
    tags: (result) => (result.status === "saved" ? offerTags(result) : []),
    // An expired session must not cost the typed text: every refusal brings the form back filled in.
    refuse: (refusal, raw) => refuseForm(refusal, { values: toOfferFormValues(raw) }),
    answer: (result, input, raw): OfferFormState => {
      const values = toOfferFormValues(raw);
      switch (result.status) {
        case "saved":
          return redirect({ href: { pathname: `/admin/angebote/${input.offerId}`, query: { gespeichert: "1" } }, locale: input.locale });
        case "submitted":
          return { status: "submitted", stamp: Date.now() };
        case "conflict":
          return { status: "conflict", values, current: result.current, stamp: Date.now() };
        case "notFound":
        case "invalidContact":
        case "invalidChoice":
          return formFailure(result.status, { values });
      }
    },
  }),
);

export const createOfferAction = withPreviousState<OfferFormState>(
  adminAction({
    read: readOfferCreateForm,
    schema: offerCreateSchema,
    run: createOffer,
    tags: (result) => (result.status === "created" && result.published ? offerTags(result) : []),
    refuse: (refusal, raw) => refuseForm(refusal, { values: toOfferFormValues(raw) }),
    answer: (result, input, raw): OfferFormState => {
      if (result.status !== "created")
        return formFailure(result.status === "notFound" ? "forbidden" : result.status, { values: toOfferFormValues(raw) });
      return redirect({ href: { pathname: `/admin/angebote/${result.offerId}`, query: { angelegt: "1" } }, locale: input.locale });
    },
  }),
);

export const saveTranslationsAction = withPreviousState<TranslationsFormState>(
  adminAction({
    read: readTranslationsForm,
    schema: offerTranslationsSchema,
    run: (ctx, input) => saveOfferTranslations(ctx, input, new Date()),
    tags: (result) => (result.status === "saved" ? offerTags(result) : []),
    refuse: (refusal, raw) => refuseForm(refusal, translationsEcho(raw)),
    answer: (result, input, raw): TranslationsFormState => {
      if (result.status === "conflict")
        return { status: "conflict", values: toTranslationFormValues(raw), current: result.current, stamp: Date.now() };
      if (result.status !== "saved") return formFailure(result.status, translationsEcho(raw));
      return redirect({
        href: { pathname: `/admin/angebote/${input.offerId}/uebersetzungen`, query: { gespeichert: "1" } },
        locale: input.locale,
      });
    },
  }),
);

function translationsEcho(raw: ReturnType<typeof readTranslationsForm>) {
  return { values: toTranslationFormValues(raw), version: typeof raw.version === "string" ? raw.version.slice(0, 10) : "" };
}

/** Archive/restore buttons: plain POST forms that answer with a redirect, with or without JavaScript. */
export const changeOfferStatusAction: (form: FormData) => Promise<void> = adminAction({
  read: (form) => {
    const locale = toLocale(form.get("locale"));
    return { locale, offerId: form.get("offerId"), version: form.get("version"), status: form.get("status") };
  },
  schema: offerStatusSchema,
  run: changeOfferStatus,
  tags: (result) => (result.status === "saved" ? offerTags(result) : []),
  refuse: (_refusal, raw) => redirect({ href: "/admin/angebote", locale: raw.locale }),
  answer: (result, input, raw) => {
    const outcome =
      result.status === "saved"
        ? "geaendert"
        : result.status === "submitted"
          ? "eingereicht"
          : result.status === "conflict"
            ? "konflikt"
            : "fehler";
    return redirect({ href: { pathname: `/admin/angebote/${input.offerId}`, query: { status: outcome } }, locale: raw.locale });
  },
});

function inviteEcho(raw: ReturnType<typeof readInviteForm>) {
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 254) : "");
  const ids = (list: unknown[]) => list.filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 36));
  return {
    values: {
      email: text(raw.email),
      name: text(raw.name),
      role: text(raw.role),
      cityIds: ids(raw.cityIds),
      providerIds: ids(raw.providerIds),
    },
  };
}

export const inviteAccount = withPreviousState<InviteState>(
  adminAction({
    read: readInviteForm,
    schema: inviteUserSchema,
    run: (ctx, input) => inviteUser(ctx, input, new Date()),
    refuse: (refusal, raw) => refuseForm(refusal, inviteEcho(raw)),
    answer: (result, input, raw): InviteState => {
      if (result.status !== "invited") return formFailure(result.status, inviteEcho(raw));
      const link = new URL(`/${input.locale}/admin/passwort`, getSiteUrl());
      link.searchParams.set("token", result.token);
      // Shown once on the page that answers this action; only the token's hash is stored.
      return { status: "invited", email: input.email, link: link.toString(), stamp: Date.now() };
    },
  }),
);

function backToUsers(raw: ReturnType<typeof readLiftSignInLockForm>, outcome: SignInLockOutcome): never {
  return redirect({ href: { pathname: "/admin/benutzer", query: { anmeldesperre: outcome } }, locale: toLocale(raw.locale) });
}

/** "Lift the sign-in lock" on the users page: a plain POST form that answers with a redirect. */
export const liftSignInLockAction: (form: FormData) => Promise<void> = adminAction({
  read: readLiftSignInLockForm,
  schema: liftSignInLockSchema,
  validateAfterSession: true,
  run: (ctx, input) => liftSignInLock(ctx, input.userId),
  refuse: (refusal, raw) =>
    refusal.code === "session" ? redirect({ href: "/admin", locale: toLocale(raw.locale) }) : backToUsers(raw, "fehler"),
  answer: (result, _input, raw) => backToUsers(raw, result.status === "unlocked" ? "aufgehoben" : "fehler"),
});

export const setPassword = withPreviousState<SetPasswordState>(
  guestAction({
    read: readSetPasswordForm,
    schema: setPasswordSchema,
    run: async (input, ip) => setPasswordWithToken(hashToken(input.token), await hashPassword(input.password), ip, new Date()),
    refuse: (refusal): SetPasswordState =>
      refusal.code === "invalid"
        ? { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(refusal.error), stamp: Date.now() }
        : { status: "error", formError: "forbidden", fieldErrors: {}, stamp: Date.now() },
    answer: (done, input): SetPasswordState => {
      if (!done) return { status: "error", formError: "linkInvalid", fieldErrors: {}, stamp: Date.now() };
      return redirect({ href: { pathname: "/admin", query: { passwort: "1" } }, locale: input.locale });
    },
  }),
);
