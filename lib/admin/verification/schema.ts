import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

// The verification list's GET filters: junk (an unknown id, page "abc", a repeated
// parameter) falls back to "no filter" instead of failing the page.
export const verificationFilterSchema = z.object({
  stadt: z.uuid().optional().catch(undefined),
  traeger: z.uuid().optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

const optionalId = z.union([z.literal(""), z.uuid()]).catch("");

/** The "mark as checked" button's form; the list's filters ride along to come back to the same view. */
export const markVerifiedSchema = z.object({
  locale: z.enum(routing.locales),
  offerId: z.uuid(),
  // The version the person looked at: a newer one may hold data they never checked.
  version: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/)
    .transform(Number),
  stadt: optionalId,
  traeger: optionalId,
  seite: z
    .string()
    .regex(/^[1-9][0-9]{0,3}$/)
    .catch("1"),
});
export type MarkVerifiedInput = z.output<typeof markVerifiedSchema>;

type FormLike = Pick<FormData, "get">;

export function readMarkVerifiedForm(form: FormLike) {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    locale: field("locale"),
    offerId: field("offerId"),
    version: field("version"),
    stadt: field("stadt") ?? "",
    traeger: field("traeger") ?? "",
    seite: field("seite") ?? "1",
  };
}

export type VerificationOutcome = "checked" | "changed" | "notFound" | "forbidden" | "invalid";

/** How an outcome travels in the redirect's query (?ergebnis=…), German like the other admin parameters. */
export const verificationOutcomeParams: Record<VerificationOutcome, string> = {
  checked: "geprueft",
  changed: "geaendert",
  notFound: "nichtgefunden",
  forbidden: "verboten",
  invalid: "ungueltig",
};

export function readVerificationOutcome(value: unknown): VerificationOutcome | null {
  const found = Object.entries(verificationOutcomeParams).find(([, param]) => param === value);
  return found ? (found[0] as VerificationOutcome) : null;
}
