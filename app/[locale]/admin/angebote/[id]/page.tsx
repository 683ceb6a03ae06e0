import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminOfferForm } from "@/components/admin/offers/admin-offer-form";
import { changeOfferStatusAction, saveOffer } from "@/lib/admin/actions";
import { getOfferEditOptions, getOfferForEdit } from "@/lib/admin/data";
import { can } from "@/lib/admin/policy";
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
  const options = await getOfferEditOptions(user, offer.city.id);
  const query = await searchParams;
  const saved = query.gespeichert === "1";
  const created = query.angelegt === "1";
  const outcomes = {
    geaendert: "statusChanged",
    eingereicht: "statusSubmitted",
    konflikt: "statusConflict",
    fehler: "statusFailed",
  } as const;
  const outcome = typeof query.status === "string" && query.status in outcomes ? outcomes[query.status as keyof typeof outcomes] : null;
  const t = await getTranslations("Admin");
  const te = await getTranslations("AdminEdit");
  const format = await getFormatter();
  const tHistory = await getTranslations("AdminHistory");
  const tReview = await getTranslations("AdminReview");
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
        {t("edit.meta", {
          city: offer.city.name,
          version: offer.version,
          updated: format.dateTime(offer.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      {offer.status === "PUBLISHED" ? (
        <p className="mt-2">
          <Link href={`/angebote/${offer.slug}`} className="inline-block min-h-11 py-2">
            {t("edit.viewPublic")}
          </Link>
        </p>
      ) : null}
      <ul className="mt-2 flex flex-wrap gap-x-6">
        <li>
          <Link href={`/admin/angebote/${offer.id}/verlauf`} className="inline-block min-h-11 py-2">
            {tHistory("navLabel")}
          </Link>
        </li>
        <li>
          <Link href={`/admin/angebote/${offer.id}/vorschau`} className="inline-block min-h-11 py-2">
            {tReview("preview.link")}
          </Link>
        </li>
      </ul>
      <p>
        <Link href={`/admin/angebote/${offer.id}/uebersetzungen`} className="inline-block min-h-11 py-2">
          {te("translationsLink")}
        </Link>
      </p>
      {saved ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t("edit.saved")}
        </p>
      ) : null}
      {created ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {te("created")}
        </p>
      ) : null}
      {outcome ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {te(outcome)}
        </p>
      ) : null}
      {offer.status === "ARCHIVED" ? <p className="mt-4 font-bold">{te("archived")}</p> : null}
      <form action={changeOfferStatusAction} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="offerId" value={offer.id} />
        <input type="hidden" name="version" value={offer.version} />
        <input type="hidden" name="status" value={offer.status === "ARCHIVED" ? "DRAFT" : "ARCHIVED"} />
        <button type="submit" className="min-h-11 rounded border-2 border-ink px-6 font-bold">
          {offer.status === "ARCHIVED" ? te("restore") : te("archive")}
        </button>
      </form>
      <AdminOfferForm
        key={offer.version}
        action={saveOffer}
        offer={offer}
        locale={locale}
        options={options}
        reviewed={!can(user, "offer.publish")}
      />
    </>
  );
}
