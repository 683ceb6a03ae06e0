"use server";

import { updateTag } from "next/cache";
import { cityTag, directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";
import { restoreOfferVersion } from "../history/mutations";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "../request";
import { decideRevision } from "./mutations";
import { readRestoreForm, readReviewDecisionForm, restoreSchema, reviewDecisionSchema } from "./schema";
import type { RestoreOutcome, ReviewOutcome } from "./schema";

// Plain POST forms (they work without JavaScript): validate → check origin →
// authenticate → the data layer authorises and audits → redirect with an outcome code.

function toLocale(value: unknown): Locale {
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}

function revalidateOffer(citySlug: string, offerSlug: string) {
  for (const tag of [directoryTag, cityTag(citySlug), offerTag(offerSlug)]) updateTag(tag);
}

export async function decideReview(form: FormData): Promise<void> {
  const raw = readReviewDecisionForm(form);
  const locale = toLocale(raw.locale);
  const parsed = reviewDecisionSchema.safeParse(raw);
  const back = (outcome: ReviewOutcome): never => {
    // Decided or gone: back to the queue; anything else: back to the revision, to read why.
    const toQueue = outcome === "approved" || outcome === "rejected" || outcome === "notFound";
    const pathname = parsed.success && !toQueue ? `/admin/freigaben/${parsed.data.revisionId}` : "/admin/freigaben";
    return redirect({ href: { pathname, query: { ergebnis: outcome } }, locale });
  };
  if (!parsed.success) return back("invalid");
  if (!(await isSameOriginRequest())) return back("forbidden");
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/admin", locale });

  const result = await decideRevision({ user, ip: await getClientIp() }, parsed.data);
  if (result.status === "approved") revalidateOffer(result.citySlug, result.offerSlug);
  return back(result.status);
}

export async function restoreVersion(form: FormData): Promise<void> {
  const raw = readRestoreForm(form);
  const locale = toLocale(raw.locale);
  const parsed = restoreSchema.safeParse(raw);
  const back = (outcome: RestoreOutcome): never => {
    if (!parsed.success) return redirect({ href: "/admin/angebote", locale });
    return redirect({ href: { pathname: `/admin/angebote/${parsed.data.offerId}/verlauf`, query: { ergebnis: outcome } }, locale });
  };
  if (!parsed.success) return back("invalid");
  if (!(await isSameOriginRequest())) return back("forbidden");
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/admin", locale });

  const result = await restoreOfferVersion({ user, ip: await getClientIp() }, parsed.data);
  switch (result.status) {
    case "saved":
      revalidateOffer(result.citySlug, result.offerSlug);
      return back("restored");
    case "submitted":
      return back("submitted");
    case "conflict":
      return back("conflict");
    default:
      return back("notFound");
  }
}
