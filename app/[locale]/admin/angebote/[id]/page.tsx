import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminOfferForm } from "@/components/admin-offer-form";
import { saveOffer } from "@/lib/admin/actions";
import { getOfferForEdit } from "@/lib/admin/data";
import { requireUser } from "@/lib/admin/request";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("edit.title") };
}

export default async function AdminOfferEditPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  // A tampered id is simply not found; it never reaches the database as invalid uuid syntax.
  if (!z.uuid().safeParse(id).success) notFound();
  const offer = await getOfferForEdit(user, id);
  if (!offer) notFound();
  const saved = (await searchParams).gespeichert === "1";
  const t = await getTranslations("Admin");
  const format = await getFormatter();
  return (
    <>
      <p>
        <Link href="/admin/angebote" className="inline-block min-h-11 py-2">
          {t("edit.backToList")}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">
        {t("edit.title")}: <span lang="de">{offer.name}</span>
      </h1>
      <p className="mt-2 text-muted">
        {t("edit.meta", { city: offer.city.name, version: offer.version, updated: format.dateTime(offer.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {offer.status === "PUBLISHED" ? (
        <p className="mt-2">
          <Link href={`/angebote/${offer.slug}`} className="inline-block min-h-11 py-2">
            {t("edit.viewPublic")}
          </Link>
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t("edit.saved")}
        </p>
      ) : null}
      <AdminOfferForm key={offer.version} action={saveOffer} offer={offer} locale={locale} reviewed={user.role === "PROVIDER_EDITOR"} />
    </>
  );
}
