import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DistrictNav } from "@/components/district-nav";
import { OfferList } from "@/components/offer-list";
import { getCachedDistrictPage } from "@/lib/directory/cached";
import { Link } from "@/lib/i18n/navigation";
import { buildAlternates } from "@/lib/seo/alternates";
import type { Locale } from "@/lib/i18n/routing";

// Cached whole (ISR): rendered on first request, never at build time, expired by the
// city's tags (lib/directory/cached.ts) when anything in it changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; district: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, district } = await params;
  const page = await getCachedDistrictPage(city, district, locale);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "District" });
  return {
    title: t("title", { district: page.name, city: page.city.name }),
    description: t("wholeCityIntro", { city: page.city.name, district: page.name }),
    alternates: buildAlternates(locale, `/staedte/${page.city.slug}/${page.slug}`),
  };
}

export default async function DistrictPage({ params }: Props) {
  const { locale, city, district } = await params;
  setRequestLocale(locale);
  const page = await getCachedDistrictPage(city, district, locale);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: "District" });
  const local = page.offers.filter((o) => !o.servesWholeCity);
  const wholeCity = page.offers.filter((o) => o.servesWholeCity);
  return (
    <>
      <p className="no-print">
        <Link href={`/staedte/${page.city.slug}`} className="inline-block min-h-11 py-2">
          {t("backToCity", { city: page.city.name })}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">{t("title", { district: page.name, city: page.city.name })}</h1>

      <section aria-labelledby="local-heading" className="mt-8">
        <h2 id="local-heading" className="text-3xl">
          {t("localHeading", { district: page.name })}
        </h2>
        <p className="mt-2">{t("localCount", { count: local.length })}</p>
        {local.length > 0 ? <OfferList offers={local} locale={locale} /> : null}
      </section>

      <section aria-labelledby="whole-city-heading" className="mt-10">
        <h2 id="whole-city-heading" className="text-3xl">
          {t("wholeCityHeading", { city: page.city.name })}
        </h2>
        <p className="mt-2">
          {t("wholeCityIntro", { city: page.city.name, district: page.name })}{" "}
          {t("wholeCityCount", { count: wholeCity.length })}
        </p>
        {wholeCity.length > 0 ? <OfferList offers={wholeCity} locale={locale} /> : null}
      </section>

      <DistrictNav
        heading={t("otherDistricts", { city: page.city.name })}
        citySlug={page.city.slug}
        districts={page.siblings}
        current={page.slug}
      />
    </>
  );
}
