import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  // German first (the default and the language of all content), then Leichte
  // Sprache (BITV 2.0 § 4) and the languages of the cities' older residents.
  locales: ["de", "de-x-ls", "en", "tr", "ar", "ru", "pl", "uk"],
  defaultLocale: "de",
  localePrefix: "always",
  // Remember a reader's manual choice for a year (next-intl's default is a session cookie).
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  // next-intl's hreflang Link header names the origin of the request's Host header,
  // which any client chooses, and shared caches keep it (s-maxage). The pages name their
  // language versions themselves, on SITE_URL (lib/seo/alternates.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** The locale a form or URL names, or the default one for anything else. */
export function toLocale(value: unknown): Locale {
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}
