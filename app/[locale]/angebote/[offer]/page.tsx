import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { OfferActions } from "@/components/offer/offer-actions";
import { OfferJsonLd } from "@/components/offer/offer-json-ld";
import { OfferView } from "@/components/offer/offer-view";
import { SimilarOffers } from "@/components/offer/similar-offers";
import { ReferralToggle } from "@/components/referral/referral-toggle";
import { directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { getOfferBySlug } from "@/lib/directory/data";
import { tagCachedPage } from "@/lib/directory/page-tags";
import { buildOfferJsonLd } from "@/lib/directory/offer-json-ld";
import { listUpcomingExceptions } from "@/lib/directory/opening-hours";
import { isPeriodOver } from "@/lib/directory/period";
import { listSimilarCurrentOffers } from "@/lib/directory/similar-data";
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
  const now = new Date();
  const upcoming = listUpcomingExceptions(offer.exceptions, now);
  const ended = isPeriodOver(offer.validUntil);
  const similar = ended ? await listSimilarCurrentOffers(offer, locale) : [];
  const pageUrl = toAbsoluteUrl(getSiteUrl(), toLocalizedPath(locale, `/angebote/${offer.slug}`));
  return (
    <OfferView
      offer={offer}
      locale={locale}
      renderedAt={now}
      before={
        <>
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
        </>
      }
      actions={
        <OfferActions slug={offer.slug} locale={locale}>
          <ReferralToggle slug={offer.slug} name={offer.name.text} locale={locale} />
        </OfferActions>
      }
      after={
        <>
          {ended ? <SimilarOffers offers={similar} city={offer.city} locale={locale} /> : null}
          <p className="mt-4 hidden print:block">{tp("printedFrom", { url: pageUrl })}</p>
        </>
      }
    />
  );
}
