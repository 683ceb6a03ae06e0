import type { MetadataRoute } from "next";
import { getSiteUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { toAbsoluteUrl } from "@/lib/seo/alternates";
import { listSitemapSources } from "@/lib/seo/data";

// Read from the database per request: the build has no database, and offers change.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = getSiteUrl();
  const { cities, offers } = await listSitemapSources();
  // One entry per language version, each naming all of them (hreflang).
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(routing.locales.map((l) => [l, toAbsoluteUrl(siteUrl, `/${l}${path}`)]));
    return routing.locales.map((l) => ({ url: languages[l]!, lastModified, alternates: { languages } }));
  };
  return [
    ...entry(""),
    ...cities.flatMap((city) => [
      ...entry(`/staedte/${city.slug}`, city.updatedAt),
      ...city.districts.flatMap((d) => entry(`/staedte/${city.slug}/${d.slug}`, d.updatedAt)),
    ]),
    ...offers.flatMap((offer) => entry(`/angebote/${offer.slug}`, offer.updatedAt)),
  ];
}
