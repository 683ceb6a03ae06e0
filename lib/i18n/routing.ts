import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  // German first (the default and the language of all content), then Leichte
  // Sprache (BITV 2.0 § 4) and the languages of the cities' older residents.
  locales: ["de", "de-x-ls", "en", "tr", "ar", "ru", "pl", "uk"],
  defaultLocale: "de",
  localePrefix: "always",
  // Remember a reader's manual choice for a year (next-intl's default is a session cookie).
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export type Locale = (typeof routing.locales)[number];
