import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { readRouteParams } from "@/lib/web/route-params";
import { buildDistrictMetadata, DistrictPageContent } from "../../district-page";

// Pages 2… of a district's offers; cached like the district page itself.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; city: string; district: string; page: string }> };
const routeParams = { locale: "locale", city: "slug", district: "slug", page: "page" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buildDistrictMetadata(await readRouteParams(params, routeParams));
}

export default async function DistrictPagePage({ params }: Props) {
  const { locale, city, district, page } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  return <DistrictPageContent locale={locale} city={city} district={district} page={page} />;
}
