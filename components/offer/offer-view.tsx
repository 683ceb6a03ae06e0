import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OfferContact } from "@/components/offer/offer-contact";
import { OfferFacts } from "@/components/offer/offer-facts";
import { OfferHours } from "@/components/offer/offer-hours";
import { OfferPeriod } from "@/components/offer/offer-period";
import { ContentNotice } from "@/components/ui/content-text";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { OfferDetail } from "@/lib/directory/types";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  offer: OfferDetail;
  locale: Locale;
  renderedAt: Date;
  /** Above the heading (the public page's way back to the city). */
  before?: ReactNode;
  /** Between the heading and the summary (the public page's Merkliste and vCard buttons). */
  actions?: ReactNode;
  /** At the end of the article (the public page's printed-from line). */
  after?: ReactNode;
};

/**
 * An offer as the public sees it: the public offer page and the admin preview both render
 * this, so that a preview cannot drift from the page it previews.
 */
export async function OfferView({ offer, locale, renderedAt, before, actions, after }: Props) {
  const t = await getTranslations({ locale, namespace: "Offer" });
  const contentLang = untranslatedLang(locale);
  return (
    <article className="offer-page">
      {before}
      <h1 className="mt-2 text-4xl print:mt-0 print:text-2xl" lang={langAttribute(offer.name, locale)}>
        {offer.name.text}
      </h1>
      <p className="mt-2 text-xl text-muted print:mt-1 print:text-base">
        <span lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</span> · {offer.city.name}
      </p>
      {actions}
      <OfferPeriod validFrom={offer.validFrom} validUntil={offer.validUntil} precision={offer.periodPrecision} locale={locale} />

      <section aria-labelledby="summary-heading" className="mt-6 print:mt-3">
        <h2 id="summary-heading" className="sr-only">
          {t("summary")}
        </h2>
        <p className="text-xl whitespace-pre-line print:text-base" lang={langAttribute(offer.summary, locale)}>
          {offer.summary.text}
        </p>
        <ContentNotice texts={[offer.name, offer.summary]} locale={locale} className="mt-2 print:hidden" />
      </section>

      <OfferContact offer={offer} contentLang={contentLang} />

      <OfferHours
        hours={offer.openingHours}
        exceptions={offer.exceptions}
        renderedAt={renderedAt}
        locale={locale}
        contentLang={contentLang}
      />

      <section aria-labelledby="description-heading" className="mt-8 print:mt-4">
        <h2 id="description-heading" className="text-2xl print:text-lg">
          {t("description")}
        </h2>
        <ContentNotice texts={[offer.description]} locale={locale} className="mt-2 print:hidden" />
        <p
          className="mt-2 max-w-3xl whitespace-pre-line print:max-w-none print:columns-2 print:gap-6"
          lang={langAttribute(offer.description, locale)}
        >
          {offer.description.text}
        </p>
      </section>

      <OfferFacts offer={offer} locale={locale} />
      {after}
    </article>
  );
}
