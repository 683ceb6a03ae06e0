import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { OfferView } from "@/components/offer/offer-view";
import { requireUser } from "@/lib/admin/request";
import { getOfferPreview } from "@/lib/admin/review/data";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return { title: t("preview.link") };
}

/** The public offer page's parts, read-only, for a draft or a pending change. */
export default async function AdminOfferPreviewPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const change = (await searchParams).aenderung;
  if (!z.uuid().safeParse(id).success) notFound();
  if (change !== undefined && !z.uuid().safeParse(change).success) notFound();
  const preview = await getOfferPreview(user, id, typeof change === "string" ? change : null, locale);
  if (!preview) notFound();
  const { detail: offer } = preview;
  const t = await getTranslations("AdminReview.preview");
  const tAdmin = await getTranslations("Admin");
  return (
    <>
      <div role="note" className="mb-6 rounded border-4 border-brand p-4">
        <p className="text-xl font-bold">{preview.revisionId ? t("bannerChange") : t("banner")}</p>
        {preview.status !== "PUBLISHED" ? (
          <p className="mt-2">{t("notPublished", { status: tAdmin(`status.${preview.status}`) })}</p>
        ) : null}
        {preview.revisionId ? <p className="mt-2">{t("partial")}</p> : null}
        <p className="mt-2">
          <Link
            href={preview.revisionId ? `/admin/freigaben/${preview.revisionId}` : `/admin/angebote/${preview.offerId}`}
            className="inline-block min-h-11 py-2"
          >
            {preview.revisionId ? t("backToReview") : t("backToOffer")}
          </Link>
        </p>
      </div>
      <OfferView offer={offer} locale={locale} renderedAt={new Date()} />
    </>
  );
}
