import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { readRouteParams } from "@/lib/web/route-params";
import { buildDistrictMetadata, DistrictPageContent } from "./district-page";

// Cached whole (ISR): rendered on first request, never at build time, expired by the
// city's tags (lib/directory/cached.ts) when anything in it changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; city: string; district: string }> };
const routeParams = { locale: "locale", city: "slug", district: "slug" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buildDistrictMetadata({ ...(await readRouteParams(params, routeParams)), page: 1 });
}

export default async function DistrictPage({ params }: Props) {
  const { locale, city, district } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  return <DistrictPageContent locale={locale} city={city} district={district} page={1} />;
}
