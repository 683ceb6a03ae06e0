"use server";

import { offerTags } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { toLocale } from "@/lib/i18n/routing";
import { adminAction } from "../action-pipeline";
import { markOfferVerified } from "./mutations";
import { markVerifiedSchema, readMarkVerifiedForm, verificationOutcomeParams } from "./schema";
import type { MarkVerifiedInput, VerificationOutcome } from "./schema";

// The "mark as checked" button of the verification list: a plain POST form that
// works without JavaScript and answers with a redirect back to the same view.

function backToList(raw: { locale?: unknown }, input: MarkVerifiedInput | undefined, outcome: VerificationOutcome): never {
  const filters = input ? { stadt: input.stadt, traeger: input.traeger, seite: input.seite } : {};
  const query = Object.fromEntries(
    Object.entries({ ...filters, ergebnis: verificationOutcomeParams[outcome] }).filter(([, v]) => v && v !== "1"),
  );
  return redirect({ href: { pathname: "/admin/pruefung", query }, locale: toLocale(raw.locale) });
}

const outcomes = { verified: "checked", conflict: "changed", notFound: "notFound", forbidden: "forbidden" } as const;

export const markOfferChecked: (form: FormData) => Promise<void> = adminAction({
  read: readMarkVerifiedForm,
  schema: markVerifiedSchema,
  run: (ctx, input) => markOfferVerified(ctx, input, new Date()),
  tags: (result) => (result.status === "verified" ? offerTags(result) : []),
  refuse: (refusal, raw, input) => {
    if (refusal.code === "session") return redirect({ href: "/admin", locale: toLocale(raw.locale) });
    return backToList(raw, input, refusal.code === "invalid" ? "invalid" : "forbidden");
  },
  answer: (result, input, raw) => backToList(raw, input, outcomes[result.status]),
});
