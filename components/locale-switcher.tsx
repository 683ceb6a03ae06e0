"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeInfo } from "@/lib/i18n/locale-info";
import { routing } from "@/lib/i18n/routing";

// Plain links (no JavaScript needed) to the same page in every language, keeping
// the query: switching language on a filtered search keeps the filters.
export function LocaleSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              dir={localeInfo[locale].dir}
              aria-current={locale === current ? "true" : undefined}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand px-3 aria-[current=true]:bg-brand aria-[current=true]:text-white"
            >
              {localeInfo[locale].endonym}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
