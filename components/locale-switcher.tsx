"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";

// Each language is named in itself, so a reader finds their own without knowing ours.
const endonyms: Record<Locale, string> = { de: "Deutsch", en: "English" };

export function LocaleSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand px-3 aria-[current=true]:bg-brand aria-[current=true]:text-white"
            >
              {endonyms[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
