import "server-only";
import { getDb } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { offerScopeFor } from "../scope-data";
import type { ActingUser, OfferTranslationsForEdit } from "../types";

export const translationLocales = routing.locales.filter((l) => l !== routing.defaultLocale);

/** One row per locale other than German, stored or blank; null outside the user's scope. */
export async function getOfferTranslations(user: ActingUser, offerId: string): Promise<OfferTranslationsForEdit | null> {
  const row = await getDb().offer.findFirst({
    where: { id: offerId, ...(await offerScopeFor(user)) },
    select: {
      id: true,
      name: true,
      summary: true,
      description: true,
      translationsVersion: true,
      translations: { select: { locale: true, name: true, summary: true, description: true, reviewed: true } },
    },
  });
  if (!row) return null;
  const stored = new Map(row.translations.map((t) => [t.locale, t]));
  return {
    ...row,
    translations: translationLocales.map(
      (locale) => stored.get(locale) ?? { locale, name: null, summary: null, description: null, reviewed: false },
    ),
  };
}
