import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CityOrganisation } from "@/components/directory/city-organisation";
import { DistrictNav } from "@/components/directory/district-nav";
import { FirstContactBox } from "@/components/directory/first-contact";
import { OfferList } from "@/components/offer/offer-list";
import { Pagination } from "@/components/directory/pagination";
import { getCachedCity } from "@/lib/directory/cached";
import { toPageWindow } from "@/lib/directory/page-param";
import { untranslatedLang } from "@/lib/directory/localized-text";
import { toPublicSourceNote } from "@/lib/directory/source-note";
import type { Locale } from "@/lib/i18n/routing";
import { buildAlternates } from "@/lib/seo/alternates";

// Long lists are hard to read and heavy to load: a city shows its offers 10 to a page
// (one screen or two at the larger text sizes),
// each a path of its own (/staedte/<city>/seite/<n>), so every page can be cached whole.
const pageSize = 10;

export function toCityPagePath(citySlug: string, page: number): string {
  return page > 1 ? `/staedte/${citySlug}/seite/${page}` : `/staedte/${citySlug}`;
}

export async function buildCityMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const city = await getCachedCity(slug, locale);
  if (!city) return {};
  const t = await getTranslations({ locale, namespace: "City" });
  const ts = await getTranslations({ locale, namespace: "Search" });
  const { page: shown, pageCount } = toPageWindow(city.offers.length, page, pageSize);
  return {
    title: shown > 1 ? `${city.name} – ${ts("pageInfo", { page: shown, pages: pageCount })}` : city.name,
    description: t("offersHeading", { city: city.name }),
    alternates: buildAlternates(locale, toCityPagePath(city.slug, shown)),
  };
}

export async function CityPageContent({ locale, slug, page: requestedPage }: { locale: Locale; slug: string; page: number }) {
  const city = await getCachedCity(slug, locale);
  if (!city) notFound();
  const t = await getTranslations({ locale, namespace: "City" });
  const td = await getTranslations({ locale, namespace: "District" });
  const { page, pageCount, start, end } = toPageWindow(city.offers.length, requestedPage, pageSize);
  const offers = city.offers.slice(start, end);
  const districtsSource = toPublicSourceNote(city.districtsSource);
  const stadtteileSource = toPublicSourceNote(city.stadtteileSource);
  return (
    <>
      <h1 className="text-4xl">{city.name}</h1>
      <p className="mt-2 text-xl text-muted" lang={untranslatedLang(locale)}>
        {city.bundesland}
      </p>

      <FirstContactBox contacts={city.firstContact ? [city.firstContact] : []} locale={locale} id="first-contact-heading" />

      <DistrictNav
        heading={t("districtsHeading", { kind: city.districtKind })}
        intro={td("chooseDistrict")}
        citySlug={city.slug}
        districts={city.districts}
      />
      {districtsSource && city.districts.length > 0 ? (
        <p className="mt-2 text-muted">{t("districtsSource", { source: districtsSource })}</p>
      ) : null}
      {stadtteileSource && city.districts.length > 0 ? (
        <p className="mt-2 text-muted">{t("stadtteileSource", { source: stadtteileSource })}</p>
      ) : null}

      <section aria-labelledby="offers-heading" className="mt-8">
        <h2 id="offers-heading" className="text-3xl">
          {t("offersHeading", { city: city.name })}
        </h2>
        <p className="mt-2">{t("offerCount", { count: city.offers.length })}</p>
        <OfferList offers={offers} locale={locale} />
        <Pagination href={(p) => ({ pathname: toCityPagePath(city.slug, p), query: {} })} page={page} pageCount={pageCount} />
      </section>

      <CityOrganisation city={city} locale={locale} />
    </>
  );
}
