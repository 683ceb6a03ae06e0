import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { readRouteParams } from "@/lib/web/route-params";
import { buildCityMetadata, CityPageContent } from "./city-page";

// Cached whole (ISR): rendered on first request, never at build time, expired by the
// city's tags (lib/directory/cached.ts) when anything in it changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; city: string }> };
const routeParams = { locale: "locale", city: "slug" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await readRouteParams(params, routeParams);
  return buildCityMetadata(locale, city, 1);
}

export default async function CityPage({ params }: Props) {
  const { locale, city } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  return <CityPageContent locale={locale} slug={city} page={1} />;
}
