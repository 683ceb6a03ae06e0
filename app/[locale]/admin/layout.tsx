import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { signOut, signOutEverywhere } from "@/lib/admin/actions";
import { getCurrentUser } from "@/lib/admin/request";
import type { Locale } from "@/lib/i18n/routing";

const adminClientNamespaces = [
  "Admin",
  "AdminEdit",
  "AdminImport",
  "AdminMasterData",
  "AdminTranslations",
  "ProviderKind",
  "Weekday",
] as const;

type Props = { children: ReactNode; params: Promise<{ locale: Locale }> };

// Admin pages are never indexed, and next.config.ts sends Cache-Control: no-store.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return {
    title: { default: t("metaTitle"), template: `%s – ${t("metaTitle")}` },
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const messages = await getMessages({ locale });
  // The admin forms are client components; public pages carry none of these messages.
  const clientMessages = Object.fromEntries(adminClientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider messages={{ ...clientMessages, Error: messages.Error }}>
      {user ? (
        <AdminNav email={user.email} role={user.role} locale={locale} signOut={signOut} signOutEverywhere={signOutEverywhere} />
      ) : null}
      {children}
    </NextIntlClientProvider>
  );
}
