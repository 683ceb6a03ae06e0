import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminOfferTranslationsForm } from "@/components/admin/offers/admin-offer-translations-form";
import { saveTranslationsAction } from "@/lib/admin/actions";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { getOfferTranslations } from "@/lib/admin/translations/data";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminEdit" });
  return { title: t("translationsTitle") };
}

export default async function AdminOfferTranslationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  if (!z.uuid().safeParse(id).success) notFound();
  const offer = await getOfferTranslations(user, id);
  if (!offer) notFound();
  const t = await getTranslations("AdminEdit");
  const saved = (await searchParams).gespeichert === "1";
  const names = new Intl.DisplayNames([locale === "de-x-ls" ? "de" : locale], { type: "language" });
  const localeNames = Object.fromEntries(
    offer.translations.map((row) => [row.locale, row.locale === "de-x-ls" ? t("easyGerman") : (names.of(row.locale) ?? row.locale)]),
  );
  return (
    <>
      <p>
        <Link href={`/admin/angebote/${offer.id}`} className="inline-block min-h-11 py-2">
          {t("backToOffer")}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">
        {t("translationsTitle")}: <span lang="de">{offer.name}</span>
      </h1>
      <p className="mt-2">{t("translationsIntro")}</p>
      {!can(user, "offer.translate") ? <p className="mt-4 font-bold">{t("translationsProvider")}</p> : null}
      {saved ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t("translationsSaved")}
        </p>
      ) : null}
      {can(user, "offer.translate") ? (
        <AdminOfferTranslationsForm action={saveTranslationsAction} offer={offer} locale={locale} localeNames={localeNames} />
      ) : null}
    </>
  );
}
