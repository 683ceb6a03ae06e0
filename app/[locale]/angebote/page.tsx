import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { SearchView } from "@/components/search/search-view";
import { getCachedFirstContacts } from "@/lib/directory/cached";
import type { Locale } from "@/lib/i18n/routing";
import { searchOffers } from "@/lib/search/data";
import { parseSearchParams } from "@/lib/search/schema";
import type { RawSearchParams } from "@/lib/search/schema";
import { buildSearchMetadata } from "./search-metadata";

// Answered fresh: proxy.ts sends every other search to the cached page
// (./suche/[key]); what arrives here depends on the clock ("open now") or is overlong.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  return buildSearchMetadata(locale, parseSearchParams(await searchParams).params);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const parsed = parseSearchParams(await searchParams);
  const result = await searchOffers(parsed.params, { notices: parsed.notices, now: new Date(), locale });
  // Nothing found: whom to call instead (the chosen city's first contact, or every city's).
  const firstContacts = result.total === 0 ? await getCachedFirstContacts(locale, result.params.stadt) : [];
  return <SearchView locale={locale} result={result} firstContacts={firstContacts} />;
}
