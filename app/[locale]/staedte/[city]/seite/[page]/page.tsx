import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { parsePageSegment } from "@/lib/directory/page-param";
import type { Locale } from "@/lib/i18n/routing";
import { buildCityMetadata, CityPageContent } from "../../city-page";

// Pages 2… of a city's offers; cached like the city page itself.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, page } = await params;
  const number = parsePageSegment(page);
  return number === null ? {} : buildCityMetadata(locale, city, number);
}

export default async function CityPagePage({ params }: Props) {
  const { locale, city, page } = await params;
  setRequestLocale(locale);
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <CityPageContent locale={locale} slug={city} page={number} />;
}
