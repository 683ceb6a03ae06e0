import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { SearchView } from "@/components/search/search-view";
import { getCachedFirstContacts } from "@/lib/directory/cached";
import { directoryTag } from "@/lib/directory/cache-tags";
import { tagCachedPage } from "@/lib/directory/page-tags";
import { readRouteParams } from "@/lib/web/route-params";
import { fromSearchKey } from "@/lib/search/cache-key";
import { toQueryRecord } from "@/lib/web/query-record";
import { searchOffers } from "@/lib/search/data";
import { parseSearchParams } from "@/lib/search/schema";
import { buildSearchMetadata } from "../../search-metadata";

// The cached search page: proxy.ts rewrites /<locale>/angebote?<query> here (see
// lib/search/cache-key.ts). Rendered on first request, never at build time; any
// directory change expires it, and the "open now" counts it shows are at most a minute old.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; key: string[] }> };
const routeParams = { locale: "locale", key: "searchKey" } as const;

const parseKey = cache((key: string[]) => {
  const query = fromSearchKey(key);
  return query === null ? null : parseSearchParams(toQueryRecord(query));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await readRouteParams(params, routeParams);
  const parsed = parseKey(key);
  return parsed ? buildSearchMetadata(locale, parsed.params) : {};
}

export default async function CachedSearchPage({ params }: Props) {
  const { locale, key } = await readRouteParams(params, routeParams);
  setRequestLocale(locale);
  const parsed = parseKey(key);
  if (!parsed) notFound();
  await tagCachedPage([directoryTag]);
  const result = await searchOffers(parsed.params, { notices: parsed.notices, now: new Date(), locale });
  // Nothing found: whom to call instead (the chosen city's first contact, or every city's).
  const firstContacts = result.total === 0 ? await getCachedFirstContacts(locale, result.params.stadt) : [];
  return <SearchView locale={locale} result={result} firstContacts={firstContacts} />;
}
