"use server";

import { offerTags } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { toLocale } from "@/lib/i18n/routing";
import { adminAction } from "../action-pipeline";
import { restoreOfferVersion } from "../history/mutations";
import { decideRevision } from "./mutations";
import { readRestoreForm, readReviewDecisionForm, restoreSchema, reviewDecisionSchema } from "./schema";
import type { RestoreOutcome, ReviewOutcome } from "./schema";

// Plain POST forms (they work without JavaScript) that answer with a redirect and an
// outcome code; without a session, to the sign-in page.

type Raw = { locale?: unknown };

const toSignIn = (raw: Raw): never => redirect({ href: "/admin", locale: toLocale(raw.locale) });

function backToReview(raw: Raw, revisionId: string | null, outcome: ReviewOutcome): never {
  // Decided or gone: back to the queue; anything else: back to the revision, to read why.
  const toQueue = outcome === "approved" || outcome === "rejected" || outcome === "notFound";
  const pathname = revisionId !== null && !toQueue ? `/admin/freigaben/${revisionId}` : "/admin/freigaben";
  return redirect({ href: { pathname, query: { ergebnis: outcome } }, locale: toLocale(raw.locale) });
}

export const decideReview: (form: FormData) => Promise<void> = adminAction({
  read: readReviewDecisionForm,
  schema: reviewDecisionSchema,
  run: decideRevision,
  tags: (result) => (result.status === "approved" ? offerTags(result) : []),
  refuse: (refusal, raw, input) =>
    refusal.code === "session"
      ? toSignIn(raw)
      : backToReview(raw, input?.revisionId ?? null, refusal.code === "invalid" ? "invalid" : "forbidden"),
  answer: (result, input, raw) => backToReview(raw, input.revisionId, result.status),
});

function backToHistory(raw: Raw, offerId: string, outcome: RestoreOutcome): never {
  return redirect({ href: { pathname: `/admin/angebote/${offerId}/verlauf`, query: { ergebnis: outcome } }, locale: toLocale(raw.locale) });
}

function restoreOutcome(status: string): RestoreOutcome {
  if (status === "saved") return "restored";
  return status === "submitted" || status === "conflict" ? status : "notFound";
}

export const restoreVersion: (form: FormData) => Promise<void> = adminAction({
  read: readRestoreForm,
  schema: restoreSchema,
  run: restoreOfferVersion,
  tags: (result) => (result.status === "saved" ? offerTags(result) : []),
  refuse: (refusal, raw, input) => {
    if (refusal.code === "session") return toSignIn(raw);
    // An invalid form names no offer to go back to.
    return input ? backToHistory(raw, input.offerId, "forbidden") : redirect({ href: "/admin/angebote", locale: toLocale(raw.locale) });
  },
  answer: (result, input, raw) => backToHistory(raw, input.offerId, restoreOutcome(result.status)),
});
