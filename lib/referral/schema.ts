import { z } from "zod";

// A referral sheet longer than this no longer fits a consultation; it also keeps the cookie small.
export const maxReferralOffers = 50;

export const offerSlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const referralActionSchema = z.discriminatedUnion("aktion", [
  z.object({ aktion: z.literal("hinzufuegen"), angebot: offerSlugSchema }),
  z.object({ aktion: z.literal("entfernen"), angebot: offerSlugSchema }),
  z.object({ aktion: z.literal("uebernehmen"), angebote: z.string().max(8000) }),
  z.object({ aktion: z.literal("leeren") }),
]);
