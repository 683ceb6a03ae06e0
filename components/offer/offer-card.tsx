import { getTranslations } from "next-intl/server";
import { langAttribute } from "@/lib/directory/localized-text";
import type { LocalizedText } from "@/lib/directory/types";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferCardData, OfferCardLabels, OfferCardText } from "@/components/offer/offer-cards";
import { getReferralToggleLabels } from "@/components/referral/referral-toggle";

type CardOffer = {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  phone: string | null;
  phoneDialable?: string | null;
};

// What components/offer-cards.tsx shows of one offer, prepared on the server.
export function toOfferCardData(offer: CardOffer, locale: Locale, meta: OfferCardText[][]): OfferCardData {
  return {
    slug: offer.slug,
    name: withLang(offer.name.text, langAttribute(offer.name, locale)),
    summary: { ...withLang(offer.summary.text, langAttribute(offer.summary, locale)), unreviewed: !offer.summary.reviewed },
    phone: offer.phone,
    phoneDialable: offer.phoneDialable ?? null,
    meta: meta.map(mergePlainText),
  };
}

// Every card travels with the cached page as data: no key without a value.
function withLang(text: string, lang: string | undefined): OfferCardText {
  return lang === undefined ? { text } : { text, lang };
}

// Neighbouring texts without a language of their own become one text node: fewer nodes,
// no React separators in the HTML of every card.
function mergePlainText(line: OfferCardText[]): OfferCardText[] {
  const merged: OfferCardText[] = [];
  for (const part of line) {
    const previous = merged.at(-1);
    if (previous && previous.lang === undefined && part.lang === undefined) previous.text += part.text;
    else merged.push(withLang(part.text, part.lang));
  }
  return merged;
}

export async function getOfferCardLabels(locale: Locale): Promise<OfferCardLabels> {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "Offer" }), getTranslations({ locale, namespace: "Content" })]);
  return {
    offerPath: `${getPathname({ href: "/angebote", locale })}/`,
    phone: t("phone"),
    unreviewed: tc("unreviewed"),
    referral: await getReferralToggleLabels(locale),
  };
}
