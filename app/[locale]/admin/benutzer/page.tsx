import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminInviteForm } from "@/components/admin/accounts/admin-invite-form";
import { AdminUsersTable } from "@/components/admin/accounts/admin-users-table";
import { inviteAccount, liftSignInLockAction } from "@/lib/admin/actions";
import { listScopeOptions, listUsers } from "@/lib/admin/data";
import { requireUser } from "@/lib/admin/request";
import { signInLockOutcomes } from "@/lib/admin/auth/schema";
import type { SignInLockOutcome } from "@/lib/admin/auth/schema";
import { roles } from "@/lib/admin/types";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("users.title") };
}

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [users, options] = await Promise.all([listUsers(user), listScopeOptions(user)]);
  // Not an ADMIN: the page does not exist for them (the data layer returned nothing).
  if (!users || !options) notFound();
  const t = await getTranslations("Admin.users");
  const answer = (await searchParams).anmeldesperre;
  const outcome =
    typeof answer === "string" && Object.hasOwn(signInLockOutcomes, answer) ? signInLockOutcomes[answer as SignInLockOutcome] : null;
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      {outcome ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t(outcome)}
        </p>
      ) : null}
      <AdminUsersTable users={users} locale={locale} unlockAction={liftSignInLockAction} />
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
