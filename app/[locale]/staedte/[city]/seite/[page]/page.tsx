import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { parsePage } from "@/lib/directory/page-param";
import type { Locale } from "@/lib/i18n/routing";
import { buildCityMetadata, CityPageContent } from "../../city-page";

// Pages 2… of a city's offers; cached like the city page itself.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; page: string }> };

// Only plain page numbers are pages; anything else is not found (numbers past the
// end show the last page, as the list may have shrunk since the link was made).
function readPage(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? parsePage(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, page } = await params;
  const number = readPage(page);
  return number === null ? {} : buildCityMetadata(locale, city, number);
}

export default async function CityPagePage({ params }: Props) {
  const { locale, city, page } = await params;
  setRequestLocale(locale);
  const number = readPage(page);
  if (number === null) notFound();
  return <CityPageContent locale={locale} slug={city} page={number} />;
}
