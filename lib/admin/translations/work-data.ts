import "server-only";
import { getDb } from "@/lib/db";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import type { ActingUser } from "../types";
import { mayTranslateInto, translatableOffersWhere, translationLocales } from "./data";

export type TranslationState = "missing" | "outdated" | "unreviewed" | "reviewed";

export type TranslationWorkItem = { id: string; name: string; cityName: string; state: Exclude<TranslationState, "reviewed"> };

export type TranslationWork = {
  locale: string;
  /** Per locale: how many offers are in each state. */
  counts: Record<string, Record<TranslationState, number>>;
  /** The chosen locale's offers that need work: missing first, then outdated, then unreviewed. */
  items: TranslationWorkItem[];
};

const order: TranslationState[] = ["missing", "outdated", "unreviewed", "reviewed"];

/**
 * What still needs a translator or a reviewer, for the offers the user may translate
 * (not archived ones): per locale, each offer's translation is missing, made from German
 * that has changed since, not yet reviewed, or reviewed.
 */
export async function listTranslationWork(user: ActingUser, locale: string): Promise<TranslationWork | null> {
  if (!mayTranslateInto(user, locale)) return null;
  const offers = await getDb().offer.findMany({
    where: await translatableOffersWhere(user),
    select: {
      id: true,
      ...offerSourceTextsSelect,
      city: { select: { name: true } },
      translations: { select: { locale: true, reviewed: true, sourceFingerprint: true, summary: true } },
    },
  });
  const counts = Object.fromEntries(translationLocales.map((l) => [l, { missing: 0, outdated: 0, unreviewed: 0, reviewed: 0 }]));
  const items: TranslationWorkItem[] = [];
  for (const offer of offers) {
    const current = fingerprint(toOfferSourceTexts(offer));
    for (const l of translationLocales) {
      const t = offer.translations.find((x) => x.locale === l);
      const state: TranslationState = !t?.summary
        ? "missing"
        : t.sourceFingerprint !== current
          ? "outdated"
          : t.reviewed
            ? "reviewed"
            : "unreviewed";
      counts[l]![state] += 1;
      if (l === locale && state !== "reviewed") items.push({ id: offer.id, name: offer.name, cityName: offer.city.name, state });
    }
  }
  const collator = new Intl.Collator("de");
  items.sort(
    (a, b) =>
      order.indexOf(a.state) - order.indexOf(b.state) || collator.compare(a.cityName, b.cityName) || collator.compare(a.name, b.name),
  );
  return { locale, counts, items };
}
