import "server-only";
import { unstable_cache } from "next/cache";
import { cacheSeconds, cityTag, directoryTag } from "./cache-tags";
import { getCityBySlug, getDistrictPage, listCitiesWithOfferCounts } from "./data";

// The public pages read through this module: results are kept in Next's data
// cache until a tag is revalidated. lib/directory/data.ts stays uncached so that
// tests and the admin area always see the database as it is.
export const getCachedCities = unstable_cache(listCitiesWithOfferCounts, ["cities"], {
  tags: [directoryTag],
  revalidate: cacheSeconds,
});

export function getCachedCity(slug: string) {
  return unstable_cache(() => getCityBySlug(slug), ["city", slug], {
    tags: [directoryTag, cityTag(slug)],
    revalidate: cacheSeconds,
  })();
}

export function getCachedDistrictPage(citySlug: string, districtSlug: string) {
  return unstable_cache(() => getDistrictPage(citySlug, districtSlug), ["district", citySlug, districtSlug], {
    tags: [directoryTag, cityTag(citySlug)],
    revalidate: cacheSeconds,
  })();
}
