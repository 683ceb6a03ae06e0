import type { Locale } from "./routing";

type LocaleInfo = {
  // The language's own name: a reader finds their language without knowing ours.
  endonym: string;
  dir: "ltr" | "rtl";
  // For Intl (dates, numbers, plurals): Leichte Sprache is German.
  intl: string;
};

export const localeInfo: Record<Locale, LocaleInfo> = {
  de: { endonym: "Deutsch", dir: "ltr", intl: "de" },
  "de-x-ls": { endonym: "Leichte Sprache", dir: "ltr", intl: "de" },
  // British English: 24-hour clock and day-month order, as readers in Germany expect.
  en: { endonym: "English", dir: "ltr", intl: "en-GB" },
  tr: { endonym: "Türkçe", dir: "ltr", intl: "tr" },
  ar: { endonym: "العربية", dir: "rtl", intl: "ar" },
  ru: { endonym: "Русский", dir: "ltr", intl: "ru" },
  pl: { endonym: "Polski", dir: "ltr", intl: "pl" },
  uk: { endonym: "Українська", dir: "ltr", intl: "uk" },
};

// Content (offer texts, taxonomy names) is written in German; other locales show
// a translation where one exists and fall back to German otherwise.
export const contentSourceLocale = "de";
