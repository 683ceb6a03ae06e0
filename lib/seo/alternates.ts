import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";

// `path` is the page's path without the locale prefix ("" for the home page, "/staedte/essen").
export function toLocalizedPath(locale: Locale, path: string): string {
  return `/${locale}${path}`;
}

// For generateMetadata: the canonical URL of this page and its hreflang siblings.
// Relative URLs resolve against metadataBase (SITE_URL), set in app/[locale]/layout.tsx.
export function buildAlternates(locale: Locale, path: string) {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, toLocalizedPath(l, path)]));
  languages["x-default"] = toLocalizedPath(routing.defaultLocale, path);
  return { canonical: toLocalizedPath(locale, path), languages };
}

export function toAbsoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
