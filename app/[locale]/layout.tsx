import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getSiteUrl } from "@/lib/env";
import { localeInfo } from "@/lib/i18n/locale-info";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

const atkinson = localFont({
  src: [
    {
      path: "../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-wght-normal.woff2",
      style: "normal",
    },
  ],
  weight: "200 800",
  variable: "--font-atkinson",
  display: "swap",
});

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: t("siteName"), template: `%s – ${t("siteName")}` },
    description: t("description"),
    // Every page is its own canonical (without query) unless it names itself and its
    // language versions with buildAlternates (lib/seo/alternates.ts).
    alternates: { canonical: "./" },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  const messages = await getMessages({ locale });
  // The same HTML for every reader, so that public pages can be cached whole; the
  // reader's own settings and Merkliste come as a stylesheet of their own
  // (app/api/ansicht), which works without JavaScript.
  return (
    <html lang={locale} dir={localeInfo[locale].dir} className={atkinson.variable}>
      <head>
        <link rel="stylesheet" href={`/api/ansicht/${locale}`} />
      </head>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 bg-accent px-4 py-3 text-ink"
        >
          {t("skipLink")}
        </a>
        {/* Only what client components translate: every message would travel with every page. */}
        <NextIntlClientProvider messages={{ Error: messages.Error }}>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="flex-1 mx-auto w-full max-w-5xl px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
