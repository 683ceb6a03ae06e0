import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ContentNotice } from "@/components/ui/content-text";
import { OfferContact } from "@/components/offer/offer-contact";
import { OfferFacts } from "@/components/offer/offer-facts";
import { OfferHours } from "@/components/offer/offer-hours";
import { requireUser } from "@/lib/admin/request";
import { getOfferPreview } from "@/lib/admin/review/data";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
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
  const tOffer = await getTranslations("Offer");
  const contentLang = untranslatedLang(locale);
  const now = new Date();
  return (
    <>
      <div role="note" className="mb-6 rounded border-4 border-brand p-4">
        <p className="text-xl font-bold">{preview.revisionId ? t("bannerChange") : t("banner")}</p>
        {preview.status !== "PUBLISHED" ? <p className="mt-2">{t("notPublished", { status: tAdmin(`status.${preview.status}`) })}</p> : null}
        {preview.revisionId ? <p className="mt-2">{t("partial")}</p> : null}
        <p className="mt-2">
          <Link href={preview.revisionId ? `/admin/freigaben/${preview.revisionId}` : `/admin/angebote/${preview.offerId}`} className="inline-block min-h-11 py-2">
            {preview.revisionId ? t("backToReview") : t("backToOffer")}
          </Link>
        </p>
      </div>
      <article className="offer-page">
        <h1 className="text-4xl" lang={langAttribute(offer.name, locale)}>
          {offer.name.text}
        </h1>
        <p className="mt-2 text-xl text-muted">
          <span lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</span> · {offer.city.name}
        </p>
        <section aria-labelledby="summary-heading" className="mt-6">
          <h2 id="summary-heading" className="sr-only">
            {tOffer("summary")}
          </h2>
          <p className="text-xl whitespace-pre-line" lang={langAttribute(offer.summary, locale)}>
            {offer.summary.text}
          </p>
          <ContentNotice texts={[offer.name, offer.summary]} locale={locale} className="mt-2" />
        </section>
        <OfferContact offer={offer} contentLang={contentLang} />
        <OfferHours hours={offer.openingHours} exceptions={offer.exceptions} renderedAt={now} locale={locale} contentLang={contentLang} />
        <section aria-labelledby="description-heading" className="mt-8">
          <h2 id="description-heading" className="text-2xl">
            {tOffer("description")}
          </h2>
          <p className="mt-2 max-w-3xl whitespace-pre-line" lang={langAttribute(offer.description, locale)}>
            {offer.description.text}
          </p>
        </section>
        <OfferFacts offer={offer} locale={locale} />
      </article>
    </>
  );
}
