import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { OfferListItem } from "@/lib/directory/types";
import { ContentNotice } from "./content-text";
import { OfferCard } from "./offer-card";

export async function OfferList({ offers, locale }: { offers: OfferListItem[]; locale: Locale }) {
  const t = await getTranslations("Offer");
  const placeLang = untranslatedLang(locale);
  return (
    <>
      <ContentNotice texts={offers.flatMap((o) => [o.name, o.summary, o.type.name])} locale={locale} only="fallback" />
      <ul className="mt-4 space-y-4">
        {offers.map((offer) => (
          <OfferCard
            key={offer.slug}
            offer={offer}
            locale={locale}
            meta={
              <p className="mt-1 text-muted">
                <span lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</span>
                {offer.providerName ? (
                  <>
                    {" · "}
                    <span lang={placeLang}>{offer.providerName}</span>
                  </>
                ) : null}
                {" · "}
                {offer.servesWholeCity || offer.districts.length === 0 ? (
                  t("wholeCity")
                ) : (
                  <span lang={placeLang}>{offer.districts.map((d) => d.name).join(", ")}</span>
                )}
              </p>
            }
          />
        ))}
      </ul>
    </>
  );
}
