import { getTranslations } from "next-intl/server";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { OfferListItem } from "@/lib/directory/types";
import type { Locale } from "@/lib/i18n/routing";
import { ContentNotice } from "@/components/ui/content-text";
import { getOfferCardLabels, toOfferCardData } from "@/components/offer/offer-card";
import { OfferCards } from "@/components/offer/offer-cards";
import type { OfferCardText } from "@/components/offer/offer-cards";

export async function OfferList({ offers, locale }: { offers: OfferListItem[]; locale: Locale }) {
  const [t, labels] = await Promise.all([getTranslations({ locale, namespace: "Offer" }), getOfferCardLabels(locale)]);
  const placeLang = untranslatedLang(locale);
  const cards = offers.map((offer) => {
    const line: OfferCardText[] = [{ text: offer.type.name.text, lang: langAttribute(offer.type.name, locale) }];
    if (offer.providerName) line.push({ text: " · " }, { text: offer.providerName, lang: placeLang });
    line.push({ text: " · " });
    line.push(
      offer.servesWholeCity || offer.districts.length === 0
        ? { text: t(offer.servesWholeCity ? "wholeCity" : "somePlaces") }
        : { text: offer.districts.map((d) => d.name).join(", "), lang: placeLang },
    );
    return toOfferCardData(offer, locale, [line]);
  });
  return (
    <>
      <ContentNotice texts={offers.flatMap((o) => [o.name, o.summary, o.type.name])} locale={locale} only="fallback" />
      <OfferCards offers={cards} labels={labels} />
    </>
  );
}
