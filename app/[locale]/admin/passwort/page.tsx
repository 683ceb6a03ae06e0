import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSetPasswordForm } from "@/components/admin/accounts/admin-set-password-form";
import { setPassword } from "@/lib/admin/actions";
import { findPasswordTokenOwner } from "@/lib/admin/auth/data";
import { hashToken, isWellFormedToken } from "@/lib/admin/tokens";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("setPassword.title") };
}

export default async function AdminSetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const token = (await searchParams).token;
  const owner = isWellFormedToken(token) ? await findPasswordTokenOwner(hashToken(token), new Date()) : null;
  const t = await getTranslations("Admin.setPassword");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      {owner && typeof token === "string" ? (
        <>
          <p className="mt-4 max-w-3xl">{t("intro", { email: owner.email })}</p>
          <AdminSetPasswordForm action={setPassword} locale={locale} token={token} email={owner.email} />
        </>
      ) : (
        <p role="alert" className="mt-4 max-w-3xl rounded border-4 border-red-800 p-4">
          {t("invalidLink")}
        </p>
      )}
    </>
  );
}
