import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSignInForm } from "@/components/admin/accounts/admin-sign-in-form";
import { signIn } from "@/lib/admin/actions";
import { getCurrentUser } from "@/lib/admin/request";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("signIn.title") };
}

export default async function AdminSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: "/admin/angebote", locale });
  const query = await searchParams;
  const t = await getTranslations("Admin");
  const notice = query.passwort === "1" ? t("signIn.passwordSet") : query.abgemeldet === "1" ? t("signIn.signedOut") : null;
  return (
    <>
      <h1 className="text-4xl">{t("signIn.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("signIn.intro")}</p>
      {notice ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {notice}
        </p>
      ) : null}
      <AdminSignInForm action={signIn} locale={locale} />
    </>
  );
}
