import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { readRouteParams } from "@/lib/web/route-params";
import { buildCityMetadata, CityPageContent } from "../../city-page";

// Pages 2… of a city's offers; cached like the city page itself.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; city: string; page: string }> };
const routeParams = { locale: "locale", city: "slug", page: "page" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, page } = await readRouteParams(params, routeParams);
  return buildCityMetadata(locale, city, page);
}

export default async function CityPagePage({ params }: Props) {
  const { locale, city, page } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  return <CityPageContent locale={locale} slug={city} page={page} />;
}
