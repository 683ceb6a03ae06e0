import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminInviteForm } from "@/components/admin-invite-form";
import { AdminUsersTable } from "@/components/admin-users-table";
import { inviteAccount } from "@/lib/admin/actions";
import { listScopeOptions, listUsers } from "@/lib/admin/data";
import { requireUser } from "@/lib/admin/request";
import { roles } from "@/lib/admin/types";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("users.title") };
}

export default async function AdminUsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [users, options] = await Promise.all([listUsers(user), listScopeOptions(user)]);
  // Not an ADMIN: the page does not exist for them (the data layer returned nothing).
  if (!users || !options) notFound();
  const t = await getTranslations("Admin.users");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      <AdminUsersTable users={users} />
      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="text-2xl">
          {t("inviteTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("inviteIntro")}</p>
        <AdminInviteForm action={inviteAccount} locale={locale} roles={roles} cities={options.cities} providers={options.providers} />
      </section>
    </>
  );
}
