import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DistrictNav } from "@/components/directory/district-nav";
import { FirstContactBox } from "@/components/directory/first-contact";
import { OfferList } from "@/components/offer/offer-list";
import { Pagination } from "@/components/directory/pagination";
import { getCachedDistrictPage } from "@/lib/directory/cached";
import { toPageWindow } from "@/lib/directory/page-param";
import { untranslatedLang } from "@/lib/directory/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { buildAlternates } from "@/lib/seo/alternates";

// The district's own offers first, then those for the whole city, 10 to a page: in a
// large city the whole-city list alone runs into the hundreds.
const pageSize = 10;

function toDistrictPagePath(citySlug: string, districtSlug: string, page: number): string {
  const base = `/staedte/${citySlug}/${districtSlug}`;
  return page > 1 ? `${base}/seite/${page}` : base;
}

type Args = { locale: Locale; city: string; district: string; page: number };

export async function buildDistrictMetadata({ locale, city, district, page }: Args): Promise<Metadata> {
  const data = await getCachedDistrictPage(city, district, locale);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "District" });
  const ts = await getTranslations({ locale, namespace: "Search" });
  const { page: shown, pageCount } = toPageWindow(data.offers.length, page, pageSize);
  const title = t("title", { district: data.name, city: data.city.name });
  return {
    title: shown > 1 ? `${title} – ${ts("pageInfo", { page: shown, pages: pageCount })}` : title,
    description: t("wholeCityIntro", { city: data.city.name, district: data.name }),
    alternates: buildAlternates(locale, toDistrictPagePath(data.city.slug, data.slug, shown)),
  };
}

export async function DistrictPageContent({ locale, city, district, page: requestedPage }: Args) {
  const data = await getCachedDistrictPage(city, district, locale);
  if (!data) notFound();
  const t = await getTranslations({ locale, namespace: "District" });
  const local = data.offers.filter((o) => !o.servesWholeCity);
  const wholeCity = data.offers.filter((o) => o.servesWholeCity);
  const { page, pageCount, start, end } = toPageWindow(local.length + wholeCity.length, requestedPage, pageSize);
  const localOnPage = local.slice(start, end);
  const wholeCityOnPage = wholeCity.slice(Math.max(0, start - local.length), Math.max(0, end - local.length));
  return (
    <>
      <p className="no-print">
        <Link href={`/staedte/${data.city.slug}`} className="inline-block min-h-11 py-2">
          {t("backToCity", { city: data.city.name })}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">{t("title", { district: data.name, city: data.city.name })}</h1>
      {data.stadtteile.length > 0 && data.stadtteile.join(", ") !== data.name ? (
        <p className="mt-2 text-xl">
          {t("stadtteile")} <span lang={untranslatedLang(locale)}>{data.stadtteile.join(", ")}</span>
        </p>
      ) : null}

      {page === 1 || localOnPage.length > 0 ? (
        <section aria-labelledby="local-heading" className="mt-8">
          <h2 id="local-heading" className="text-3xl">
            {t("localHeading", { district: data.name })}
          </h2>
          <p className="mt-2">{t("localCount", { count: local.length })}</p>
          {localOnPage.length > 0 ? <OfferList offers={localOnPage} locale={locale} /> : null}
        </section>
      ) : null}

      {wholeCityOnPage.length > 0 || pageCount === 1 ? (
        <section aria-labelledby="whole-city-heading" className="mt-10">
          <h2 id="whole-city-heading" className="text-3xl">
            {t("wholeCityHeading", { city: data.city.name })}
          </h2>
          <p className="mt-2">
            {t("wholeCityIntro", { city: data.city.name, district: data.name })} {t("wholeCityCount", { count: wholeCity.length })}
          </p>
          {wholeCityOnPage.length > 0 ? <OfferList offers={wholeCityOnPage} locale={locale} /> : null}
        </section>
      ) : null}

      {page === 1 ? (
        <FirstContactBox contacts={data.firstContact ? [data.firstContact] : []} locale={locale} id="first-contact-heading" />
      ) : null}

      <Pagination
        href={(p) => ({ pathname: toDistrictPagePath(data.city.slug, data.slug, p), query: {} })}
        page={page}
        pageCount={pageCount}
      />

      <DistrictNav
        heading={t("otherDistricts", { city: data.city.name, kind: data.kind })}
        citySlug={data.city.slug}
        districts={data.siblings}
        current={data.slug}
      />
    </>
  );
}
