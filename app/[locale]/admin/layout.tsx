import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin-nav";
import { signOut, signOutEverywhere } from "@/lib/admin/actions";
import { getCurrentUser } from "@/lib/admin/request";
import type { Locale } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: Locale }> };

// Admin pages are never indexed, and next.config.ts sends Cache-Control: no-store.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: { default: t("metaTitle"), template: `%s – ${t("metaTitle")}` }, robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  return (
    <>
      {user ? <AdminNav email={user.email} role={user.role} locale={locale} signOut={signOut} signOutEverywhere={signOutEverywhere} /> : null}
      {children}
    </>
  );
}
