import "server-only";
import { getDb } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "../policy";
import { offerScopeFor } from "../scope-data";
import type { ActingUser, OfferTranslationsForEdit } from "../types";

export const translationLocales = routing.locales.filter((l) => l !== routing.defaultLocale);

export function isTranslationLocale(locale: string): boolean {
  return (translationLocales as readonly string[]).includes(locale);
}

/** May the user translate, and is `locale` one a translation can be in? */
export function mayTranslateInto(user: ActingUser, locale: string): boolean {
  return can(user, "offer.translate") && isTranslationLocale(locale);
}

/** The offers the work list, the agency export and the import deal with: the user's, not archived. */
export async function translatableOffersWhere(user: ActingUser): Promise<Prisma.OfferWhereInput> {
  return { AND: [await offerScopeFor(user), { status: { not: "ARCHIVED" } }] };
}

/** One row per locale other than German, stored or blank; null outside the user's scope. */
export async function getOfferTranslations(user: ActingUser, offerId: string): Promise<OfferTranslationsForEdit | null> {
  const row = await getDb().offer.findFirst({
    where: { id: offerId, ...(await offerScopeFor(user)) },
    select: {
      id: true,
      ...offerSourceTextsSelect,
      translationsVersion: true,
      translations: {
        select: {
          locale: true,
          name: true,
          summary: true,
          description: true,
          reviewed: true,
          reviewedAt: true,
          reviewedBy: { select: { name: true, email: true } },
          sourceFingerprint: true,
        },
      },
    },
  });
  if (!row) return null;
  const { costNote: _costNote, contacts: _contacts, translations, ...offer } = row;
  const current = fingerprint(toOfferSourceTexts(row));
  const stored = new Map(translations.map((t) => [t.locale, t]));
  return {
    ...offer,
    translations: translationLocales.map((locale) => {
      const t = stored.get(locale);
      if (!t)
        return {
          locale,
          name: null,
          summary: null,
          description: null,
          reviewed: false,
          reviewedBy: null,
          reviewedAt: null,
          outdated: false,
        };
      return {
        locale,
        name: t.name,
        summary: t.summary,
        description: t.description,
        reviewed: t.reviewed,
        reviewedBy: t.reviewed ? (t.reviewedBy?.name ?? t.reviewedBy?.email ?? null) : null,
        reviewedAt: t.reviewed ? (t.reviewedAt?.toISOString() ?? null) : null,
        outdated: t.sourceFingerprint !== current,
      };
    }),
  };
}
