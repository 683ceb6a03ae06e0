import "server-only";
import { unstable_cache } from "next/cache";
import type { Locale } from "@/lib/i18n/routing";
import { cacheSeconds, cityTag, directoryTag } from "./cache-tags";
import { getCityBySlug, getDistrictPage, listCitiesWithOfferCounts } from "./data";
import { listFirstContacts } from "./first-contact-data";

// The public pages read through this module: results are kept in Next's data
// cache until a tag is revalidated. lib/directory/data.ts stays uncached so that
// tests and the admin area always see the database as it is. Pages with translated
// content are cached per locale (the locale is part of every key).
export const getCachedCities = unstable_cache(listCitiesWithOfferCounts, ["cities"], {
  tags: [directoryTag],
  revalidate: cacheSeconds,
});

export function getCachedCity(slug: string, locale: Locale) {
  return unstable_cache(() => getCityBySlug(slug, locale), ["city", slug, locale], {
    tags: [directoryTag, cityTag(slug)],
    revalidate: cacheSeconds,
  })();
}

export function getCachedDistrictPage(citySlug: string, districtSlug: string, locale: Locale) {
  return unstable_cache(() => getDistrictPage(citySlug, districtSlug, locale), ["district", citySlug, districtSlug, locale], {
    tags: [directoryTag, cityTag(citySlug)],
    revalidate: cacheSeconds,
  })();
}

/** Every city's first contact (home page, empty search without a city) or one city's. */
export function getCachedFirstContacts(locale: Locale, citySlug: string | null = null) {
  return unstable_cache(() => listFirstContacts(locale, citySlug), ["first-contacts", citySlug ?? "", locale], {
    tags: citySlug === null ? [directoryTag] : [directoryTag, cityTag(citySlug)],
    revalidate: cacheSeconds,
  })();
}
