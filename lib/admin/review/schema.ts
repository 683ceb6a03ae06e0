import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

// The review and restore forms: plain POST forms, so every field arrives as text.

const locale = z.enum(routing.locales);

export const reviewDecisionSchema = z.strictObject({
  locale,
  revisionId: z.uuid(),
  decision: z.enum(["approve", "reject"]),
  comment: z
    .string()
    .max(2000)
    .transform((v) => v.trim())
    .transform((v) => (v === "" ? null : v)),
});

export const restoreSchema = z.strictObject({
  locale,
  offerId: z.uuid(),
  entryId: z.uuid(),
  side: z.enum(["before", "after"]),
  version: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/)
    .transform(Number),
});

type FormLike = Pick<FormData, "get">;

function field(form: FormLike, name: string): string | undefined {
  const value = form.get(name);
  if (value === null) return "";
  return typeof value === "string" ? value : undefined;
}

export function readReviewDecisionForm(form: FormLike) {
  return {
    locale: field(form, "locale"),
    revisionId: field(form, "revisionId"),
    decision: field(form, "decision"),
    comment: field(form, "comment"),
  };
}

export function readRestoreForm(form: FormLike) {
  return {
    locale: field(form, "locale"),
    offerId: field(form, "offerId"),
    entryId: field(form, "entryId"),
    side: field(form, "side"),
    version: field(form, "version"),
  };
}

/** Outcomes shown on the page the form redirects back to (?ergebnis=…). */
export const reviewOutcomes = [
  "approved",
  "rejected",
  "conflict",
  "ownRevision",
  "alreadyReviewed",
  "notFound",
  "invalid",
  "forbidden",
] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

export const restoreOutcomes = ["restored", "submitted", "conflict", "notFound", "invalid", "forbidden"] as const;
export type RestoreOutcome = (typeof restoreOutcomes)[number];

export function readReviewOutcome(value: unknown): ReviewOutcome | null {
  return reviewOutcomes.find((o) => o === value) ?? null;
}

export function readRestoreOutcome(value: unknown): RestoreOutcome | null {
  return restoreOutcomes.find((o) => o === value) ?? null;
}
