import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { parsePageSegment } from "@/lib/directory/page-param";
import type { Locale } from "@/lib/i18n/routing";
import { buildDistrictMetadata, DistrictPageContent } from "../../district-page";

// Pages 2… of a district's offers; cached like the district page itself.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; district: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, ...rest } = await params;
  const number = parsePageSegment(page);
  return number === null ? {} : buildDistrictMetadata({ ...rest, page: number });
}

export default async function DistrictPagePage({ params }: Props) {
  const { locale, city, district, page } = await params;
  setRequestLocale(locale);
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <DistrictPageContent locale={locale} city={city} district={district} page={number} />;
}
