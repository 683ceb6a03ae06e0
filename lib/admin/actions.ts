"use server";

import { updateTag } from "next/cache";
import { cookies } from "next/headers";
import { cityTag, directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { getSiteUrl } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";
import { endAllSessions, endSession, liftSignInLock, setPasswordWithToken } from "./auth/mutations";
import { signInWithPassword } from "./auth/sign-in";
import { readInviteForm, readLiftSignInLockForm, readOfferCreateForm, readOfferForm, readTranslationsForm, toTranslationFormValues, readSetPasswordForm, readSignInForm, toOfferFormValues } from "./form-data";
import type { InviteState, OfferFormState, SetPasswordState, SignInState, TranslationsFormState } from "./form-state";
import { changeOfferStatus, createOffer, inviteUser, updateOffer } from "./mutations";
import { hashPassword } from "./passwords";
import { getClientIp, getCookieSettings, getCurrentUser, isSameOriginRequest } from "./request";
import { inviteUserSchema, liftSignInLockSchema, offerCreateSchema, offerEditSchema, offerStatusSchema, offerTranslationsSchema, setPasswordSchema, signInSchema, toFieldErrors } from "./schema";
import type { SignInLockOutcome } from "./schema";
import { hashToken } from "./tokens";
import { saveOfferTranslations } from "./translations/mutations";

// Every action: validate (zod) → check origin → authenticate → the data layer
// authorises against the database and audits → answer with codes, never with the
// input in a message and never with a password.

function toLocale(value: FormDataEntryValue | null): Locale {
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const raw = readSignInForm(form);
  const stamp = Date.now();
  const email = typeof raw.email === "string" ? raw.email.slice(0, 254) : "";
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), email, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, email, stamp };

  const result = await signInWithPassword({ email: parsed.data.email, password: parsed.data.password, ip: await getClientIp(), now: new Date() });
  if (result.status === "throttled") {
    return { status: "error", formError: "throttled", fieldErrors: {}, email, retryAfterMinutes: result.retryAfterMinutes, stamp };
  }
  if (result.status !== "signedIn") return { status: "error", formError: "invalidCredentials", fieldErrors: {}, email, stamp };

  const settings = await getCookieSettings();
  (await cookies()).set(settings.name, result.token, settings.options);
  return redirect({ href: "/admin/angebote", locale: parsed.data.locale });
}

async function signOutWith(form: FormData, end: "this" | "all"): Promise<never> {
  const locale = toLocale(form.get("locale"));
  const user = (await isSameOriginRequest()) ? await getCurrentUser() : null;
  if (user) {
    const ctx = { user, ip: await getClientIp() };
    if (end === "all") await endAllSessions(ctx);
    else await endSession(ctx, user.sessionId);
    const settings = await getCookieSettings();
    (await cookies()).set(settings.name, "", { ...settings.options, maxAge: 0 });
  }
  return redirect({ href: { pathname: "/admin", query: { abgemeldet: "1" } }, locale });
}

export async function signOut(form: FormData): Promise<void> {
  await signOutWith(form, "this");
}

export async function signOutEverywhere(form: FormData): Promise<void> {
  await signOutWith(form, "all");
}

export async function saveOffer(_previous: OfferFormState, form: FormData): Promise<OfferFormState> {
  const raw = readOfferForm(form);
  const values = toOfferFormValues(raw);
  const stamp = Date.now();
  const parsed = offerEditSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), values, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, values, stamp };
  // An expired session must not cost the typed text: the form comes back filled in.
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, values, stamp };

  const result = await updateOffer({ user, ip: await getClientIp() }, parsed.data);
  switch (result.status) {
    case "saved":
      for (const tag of [directoryTag, cityTag(result.citySlug), offerTag(result.offerSlug)]) updateTag(tag);
      return redirect({
        href: { pathname: `/admin/angebote/${parsed.data.offerId}`, query: { gespeichert: "1" } },
        locale: parsed.data.locale,
      });
    case "submitted":
      return { status: "submitted", stamp };
    case "conflict":
      return { status: "conflict", values, current: result.current, stamp };
    case "notFound":
      return { status: "error", formError: "notFound", fieldErrors: {}, values, stamp };
    case "invalidContact":
    case "invalidChoice":
      return { status: "error", formError: result.status, fieldErrors: {}, values, stamp };
  }
}

export async function createOfferAction(_previous: OfferFormState, form: FormData): Promise<OfferFormState> {
  const raw = readOfferCreateForm(form);
  const values = toOfferFormValues(raw);
  const stamp = Date.now();
  const parsed = offerCreateSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), values, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, values, stamp };
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, values, stamp };
  const result = await createOffer({ user, ip: await getClientIp() }, parsed.data);
  if (result.status !== "created") return { status: "error", formError: result.status === "notFound" ? "forbidden" : result.status, fieldErrors: {}, values, stamp };
  if (result.published) for (const tag of [directoryTag, cityTag(result.citySlug), offerTag(result.offerSlug)]) updateTag(tag);
  return redirect({ href: { pathname: `/admin/angebote/${result.offerId}`, query: { angelegt: "1" } }, locale: parsed.data.locale });
}

export async function saveTranslationsAction(_previous: TranslationsFormState, form: FormData): Promise<TranslationsFormState> {
  const raw = readTranslationsForm(form);
  const values = toTranslationFormValues(raw);
  const stamp = Date.now();
  const version = typeof raw.version === "string" ? raw.version.slice(0, 10) : "";
  const parsed = offerTranslationsSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), values, version, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, values, version, stamp };
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, values, version, stamp };
  const result = await saveOfferTranslations({ user, ip: await getClientIp() }, parsed.data, new Date());
  if (result.status === "conflict") return { status: "conflict", values, current: result.current, stamp };
  if (result.status !== "saved") return { status: "error", formError: result.status, fieldErrors: {}, values, version, stamp };
  for (const tag of [directoryTag, cityTag(result.citySlug), offerTag(result.offerSlug)]) updateTag(tag);
  return redirect({
    href: { pathname: `/admin/angebote/${parsed.data.offerId}/uebersetzungen`, query: { gespeichert: "1" } },
    locale: parsed.data.locale,
  });
}

/** Archive/restore buttons: plain POST forms that answer with a redirect, with or without JavaScript. */
export async function changeOfferStatusAction(form: FormData): Promise<void> {
  const locale = toLocale(form.get("locale"));
  const parsed = offerStatusSchema.safeParse({ locale, offerId: form.get("offerId"), version: form.get("version"), status: form.get("status") });
  const user = parsed.success && (await isSameOriginRequest()) ? await getCurrentUser() : null;
  if (!parsed.success || !user) return redirect({ href: "/admin/angebote", locale });
  const result = await changeOfferStatus({ user, ip: await getClientIp() }, parsed.data);
  if (result.status === "saved") for (const tag of [directoryTag, cityTag(result.citySlug), offerTag(result.offerSlug)]) updateTag(tag);
  const outcome = result.status === "saved" ? "geaendert" : result.status === "submitted" ? "eingereicht" : result.status === "conflict" ? "konflikt" : "fehler";
  return redirect({ href: { pathname: `/admin/angebote/${parsed.data.offerId}`, query: { status: outcome } }, locale });
}

export async function inviteAccount(_previous: InviteState, form: FormData): Promise<InviteState> {
  const raw = readInviteForm(form);
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 254) : "");
  const ids = (list: unknown[]) => list.filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 36));
  const values = { email: text(raw.email), name: text(raw.name), role: text(raw.role), cityIds: ids(raw.cityIds), providerIds: ids(raw.providerIds) };
  const stamp = Date.now();
  const parsed = inviteUserSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), values, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, values, stamp };
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, values, stamp };

  const result = await inviteUser({ user, ip: await getClientIp() }, parsed.data, new Date());
  if (result.status !== "invited") return { status: "error", formError: result.status, fieldErrors: {}, values, stamp };
  const link = new URL(`/${parsed.data.locale}/admin/passwort`, getSiteUrl());
  link.searchParams.set("token", result.token);
  // Shown once on the page that answers this action; only the token's hash is stored.
  return { status: "invited", email: parsed.data.email, link: link.toString(), stamp };
}

/** "Lift the sign-in lock" on the users page: a plain POST form that answers with a redirect. */
export async function liftSignInLockAction(form: FormData): Promise<void> {
  const raw = readLiftSignInLockForm(form);
  const locale = toLocale(raw.locale ?? null);
  const back = (outcome: SignInLockOutcome): never =>
    redirect({ href: { pathname: "/admin/benutzer", query: { anmeldesperre: outcome } }, locale });
  if (!(await isSameOriginRequest())) return back("fehler");
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/admin", locale });
  const parsed = liftSignInLockSchema.safeParse(raw);
  if (!parsed.success) return back("fehler");
  const result = await liftSignInLock({ user, ip: await getClientIp() }, parsed.data.userId);
  return back(result.status === "unlocked" ? "aufgehoben" : "fehler");
}

export async function setPassword(_previous: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  const stamp = Date.now();
  const parsed = setPasswordSchema.safeParse(readSetPasswordForm(form));
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, stamp };
  const passwordHash = await hashPassword(parsed.data.password);
  const done = await setPasswordWithToken(hashToken(parsed.data.token), passwordHash, await getClientIp(), new Date());
  if (!done) return { status: "error", formError: "linkInvalid", fieldErrors: {}, stamp };
  return redirect({ href: { pathname: "/admin", query: { passwort: "1" } }, locale: parsed.data.locale });
}
