"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeInfo } from "@/lib/i18n/locale-info";
import { routing } from "@/lib/i18n/routing";
import { fromSearchKey, searchKeySegment } from "@/lib/search/cache-key";
import { toQueryRecord } from "@/lib/web/query-record";

type Target = { pathname: string; query: Record<string, string | string[]> };

// A cached search is rendered at /angebote/suche/<key…>, and its key is its query
// (lib/search/cache-key.ts): the same page in another language is /angebote?<query>.
function toTarget(pathname: string, query: URLSearchParams | null): Target {
  const prefix = `/angebote/${searchKeySegment}/`;
  if (pathname.startsWith(prefix)) {
    const keyQuery = fromSearchKey(pathname.slice(prefix.length));
    return { pathname: "/angebote", query: keyQuery ? toQueryRecord(keyQuery) : {} };
  }
  return { pathname, query: query ? toQueryRecord(query) : {} };
}

function LocaleLinks({ label, target }: { label: string; target: Target }) {
  const current = useLocale();
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(8rem,100%),1fr))] gap-2">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={target}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              dir={localeInfo[locale].dir}
              aria-current={locale === current ? "true" : undefined}
              className="flex min-h-11 items-center rounded border-2 border-brand px-3 aria-[current=true]:bg-brand aria-[current=true]:text-white"
            >
              {localeInfo[locale].endonym}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LiveLocaleLinks({ label }: { label: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return <LocaleLinks label={label} target={toTarget(pathname, searchParams)} />;
}

// Plain links (no JavaScript needed) to the same page in every language, keeping
// the query: switching language on a filtered search keeps the filters. A cached
// page is rendered without a request, so there the query comes from the path
// (the fallback, which is what the HTML carries); in the browser and on pages
// rendered per request, from the address.
export function LocaleSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  return (
    <Suspense fallback={<LocaleLinks label={label} target={toTarget(pathname, null)} />}>
      <LiveLocaleLinks label={label} />
    </Suspense>
  );
}
