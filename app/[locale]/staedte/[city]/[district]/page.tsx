import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { buildDistrictMetadata, DistrictPageContent } from "./district-page";

// Cached whole (ISR): rendered on first request, never at build time, expired by the
// city's tags (lib/directory/cached.ts) when anything in it changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; district: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buildDistrictMetadata({ ...(await params), page: 1 });
}

export default async function DistrictPage({ params }: Props) {
  const { locale, city, district } = await params;
  setRequestLocale(locale);
  return <DistrictPageContent locale={locale} city={city} district={district} page={1} />;
}
