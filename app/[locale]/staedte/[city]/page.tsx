import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CityOrganisation } from "@/components/city-organisation";
import { DistrictNav } from "@/components/district-nav";
import { OfferList } from "@/components/offer-list";
import { Pagination } from "@/components/pagination";
import { parsePage } from "@/lib/directory/page-param";
import { getCachedCity } from "@/lib/directory/cached";
import { untranslatedLang } from "@/lib/directory/localized-text";
import { buildAlternates } from "@/lib/seo/alternates";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Long lists are hard to read and slow to render: a city shows its offers in pages.
const pageSize = 25;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city: slug } = await params;
  const city = await getCachedCity(slug, locale);
  if (!city) return {};
  const t = await getTranslations({ locale, namespace: "City" });
  return {
    title: city.name,
    description: t("offersHeading", { city: city.name }),
    alternates: buildAlternates(locale, `/staedte/${city.slug}`),
  };
}

export default async function CityPage({ params, searchParams }: Props) {
  const { locale, city: slug } = await params;
  const requestedPage = parsePage((await searchParams).seite);
  setRequestLocale(locale);
  const city = await getCachedCity(slug, locale);
  if (!city) notFound();
  const t = await getTranslations("City");
  const td = await getTranslations("District");
  const pageCount = Math.max(1, Math.ceil(city.offers.length / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const offers = city.offers.slice((page - 1) * pageSize, page * pageSize);
  return (
    <>
      <h1 className="text-4xl">{city.name}</h1>
      <p className="mt-2 text-xl text-muted" lang={untranslatedLang(locale)}>
        {city.bundesland}
      </p>

      <DistrictNav
        heading={t("districtsHeading", { kind: city.districtKind })}
        intro={td("chooseDistrict")}
        citySlug={city.slug}
        districts={city.districts}
      />
      {city.districtsSource && city.districts.length > 0 ? (
        <p className="mt-2 text-muted">{t("districtsSource", { source: city.districtsSource })}</p>
      ) : null}

      <section aria-labelledby="offers-heading" className="mt-8">
        <h2 id="offers-heading" className="text-3xl">
          {t("offersHeading", { city: city.name })}
        </h2>
        <p className="mt-2">{t("offerCount", { count: city.offers.length })}</p>
        <OfferList offers={offers} locale={locale} />
        <Pagination
          href={(p) => ({ pathname: `/staedte/${city.slug}`, query: p > 1 ? { seite: String(p) } : ({} as Record<string, string>) })}
          page={page}
          pageCount={pageCount}
        />
      </section>

      <CityOrganisation city={city} locale={locale} />
    </>
  );
}
