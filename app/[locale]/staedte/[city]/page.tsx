import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { buildCityMetadata, CityPageContent } from "./city-page";

// Cached whole (ISR): rendered on first request, never at build time, expired by the
// city's tags (lib/directory/cached.ts) when anything in it changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  return buildCityMetadata(locale, city, 1);
}

export default async function CityPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  return <CityPageContent locale={locale} slug={city} page={1} />;
}
