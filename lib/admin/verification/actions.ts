"use server";

import { updateTag } from "next/cache";
import { cityTag, directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "../request";
import { markOfferVerified } from "./mutations";
import { markVerifiedSchema, readMarkVerifiedForm, verificationOutcomeParams } from "./schema";
import type { VerificationOutcome } from "./schema";

// The "mark as checked" button of the verification list: a plain POST form that
// works without JavaScript and answers with a redirect back to the same view.

export async function markOfferChecked(form: FormData): Promise<void> {
  const raw = readMarkVerifiedForm(form);
  const locale: Locale = routing.locales.find((l) => l === raw.locale) ?? routing.defaultLocale;
  const parsed = markVerifiedSchema.safeParse(raw);
  const back = (outcome: VerificationOutcome): never => {
    const filters = parsed.success ? { stadt: parsed.data.stadt, traeger: parsed.data.traeger, seite: parsed.data.seite } : {};
    const query = Object.fromEntries(Object.entries({ ...filters, ergebnis: verificationOutcomeParams[outcome] }).filter(([, v]) => v && v !== "1"));
    return redirect({ href: { pathname: "/admin/pruefung", query }, locale });
  };
  if (!parsed.success) return back("invalid");
  if (!(await isSameOriginRequest())) return back("forbidden");
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/admin", locale });

  const result = await markOfferVerified({ user, ip: await getClientIp() }, parsed.data, new Date());
  switch (result.status) {
    case "verified":
      for (const tag of [directoryTag, cityTag(result.citySlug), offerTag(result.offerSlug)]) updateTag(tag);
      return back("checked");
    case "conflict":
      return back("changed");
    case "notFound":
      return back("notFound");
    case "forbidden":
      return back("forbidden");
  }
}
