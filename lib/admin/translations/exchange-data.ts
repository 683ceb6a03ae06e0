import "server-only";
import { getDb } from "@/lib/db";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import type { XliffOfferUnit } from "@/lib/translation/xliff";
import type { ActingUser } from "../types";
import { mayTranslateInto, translatableOffersWhere } from "./data";

/** Every offer the user may translate (not archived), German beside its `locale` translation, for an agency. */
export async function listTranslationExport(user: ActingUser, locale: string): Promise<XliffOfferUnit[] | null> {
  if (!mayTranslateInto(user, locale)) return null;
  const offers = await getDb().offer.findMany({
    where: await translatableOffersWhere(user),
    select: {
      slug: true,
      ...offerSourceTextsSelect,
      translations: { where: { locale }, select: { name: true, summary: true, description: true }, take: 1 },
    },
    orderBy: [{ city: { name: "asc" } }, { name: "asc" }, { slug: "asc" }],
  });
  return offers.map((offer) => {
    const t = offer.translations[0];
    return {
      slug: offer.slug,
      fingerprint: fingerprint(toOfferSourceTexts(offer)),
      source: { name: offer.name, summary: offer.summary, description: offer.description },
      target: { name: t?.name ?? null, summary: t?.summary ?? null, description: t?.description ?? null },
    };
  });
}
