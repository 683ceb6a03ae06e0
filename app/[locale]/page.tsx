import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CityList } from "@/components/directory/city-list";
import { FirstContactBox } from "@/components/directory/first-contact";
import { SearchBox } from "@/components/search/search-box";
import { getCachedCities, getCachedFirstContacts } from "@/lib/directory/cached";
import type { Locale } from "@/lib/i18n/routing";
import { buildAlternates } from "@/lib/seo/alternates";

// Cached whole (ISR): rendered on first request, never at build time (there is no
// database then), expired with the "directory" tag of the city list.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: buildAlternates(locale, "") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  const [cities, firstContacts] = await Promise.all([getCachedCities(), getCachedFirstContacts(locale)]);
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t("intro")}</p>
      <SearchBox id="home-search" variant="large" />
      <section aria-labelledby="cities-heading" className="mt-10">
        <h2 id="cities-heading" className="text-2xl">
          {t("citiesHeading")}
        </h2>
        {cities.length === 0 ? <p className="mt-4">{t("empty")}</p> : <CityList cities={cities} />}
      </section>
      <FirstContactBox contacts={firstContacts} locale={locale} id="first-contacts-heading" />
    </>
  );
}
