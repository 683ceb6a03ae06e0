import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ContentNotice } from "@/components/ui/content-text";
import { OfferActions } from "@/components/offer/offer-actions";
import { OfferContact } from "@/components/offer/offer-contact";
import { OfferFacts } from "@/components/offer/offer-facts";
import { OfferHours } from "@/components/offer/offer-hours";
import { OfferJsonLd } from "@/components/offer/offer-json-ld";
import { ReferralToggle } from "@/components/referral/referral-toggle";
import { directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { getOfferBySlug } from "@/lib/directory/data";
import { tagCachedPage } from "@/lib/directory/page-tags";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import { buildOfferJsonLd } from "@/lib/directory/offer-json-ld";
import { listUpcomingExceptions } from "@/lib/directory/opening-hours";
import { getSiteUrl } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { buildAlternates, toAbsoluteUrl, toLocalizedPath } from "@/lib/seo/alternates";
import { readRouteParams } from "@/lib/web/route-params";

// Cached whole (ISR): rendered on first request, never at build time, expired by
// the offer's tags when it changes and refreshed at least hourly. "Open now" is
// recomputed in the browser (components/open-now-badge.tsx).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; offer: string }> };
const routeParams = { locale: "locale", offer: "slug" } as const;

// generateMetadata and the page share one query per request.
const loadOffer = cache(getOfferBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, offer: slug } = await readRouteParams(params, routeParams);
  const offer = await loadOffer(slug, locale);
  if (!offer) return {};
  return {
    title: `${offer.name.text} (${offer.city.name})`,
    description: offer.summary.text,
    alternates: buildAlternates(locale, `/angebote/${offer.slug}`),
  };
}

export default async function OfferPage({ params }: Props) {
  const { locale, offer: slug } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  await tagCachedPage([directoryTag, offerTag(slug)]);
  const offer = await loadOffer(slug, locale);
  if (!offer) notFound();
  const t = await getTranslations({ locale, namespace: "Offer" });
  const tp = await getTranslations({ locale, namespace: "OfferPage" });
  const contentLang = untranslatedLang(locale);
  const now = new Date();
  const upcoming = listUpcomingExceptions(offer.exceptions, now);
  const pageUrl = toAbsoluteUrl(getSiteUrl(), toLocalizedPath(locale, `/angebote/${offer.slug}`));
  return (
    <article className="offer-page">
      <OfferJsonLd
        data={buildOfferJsonLd(
          { ...offer, name: offer.name.text, summary: offer.summary.text, type: { slug: offer.type.slug, name: offer.type.name.text } },
          upcoming,
          pageUrl,
        )}
      />
      <p className="no-print">
        <Link href={`/staedte/${offer.city.slug}`} className="inline-block min-h-11 py-2">
          {t("backToCity", { city: offer.city.name })}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl print:mt-0 print:text-2xl" lang={langAttribute(offer.name, locale)}>
        {offer.name.text}
      </h1>
      <p className="mt-2 text-xl text-muted print:mt-1 print:text-base">
        <span lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</span> · {offer.city.name}
      </p>
      <OfferActions slug={offer.slug} locale={locale}>
        <ReferralToggle slug={offer.slug} name={offer.name.text} locale={locale} />
      </OfferActions>

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

      <OfferHours hours={offer.openingHours} exceptions={offer.exceptions} renderedAt={now} locale={locale} contentLang={contentLang} />

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

      <p className="mt-4 hidden print:block">{tp("printedFrom", { url: pageUrl })}</p>
    </article>
  );
}
