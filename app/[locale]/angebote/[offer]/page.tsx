import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferContact } from "@/components/offer-contact";
import { OfferFacts } from "@/components/offer-facts";
import { getOfferBySlug } from "@/lib/directory/data";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; offer: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer: slug } = await params;
  const offer = await getOfferBySlug(slug);
  if (!offer) return {};
  return { title: `${offer.name} (${offer.city.name})`, description: offer.summary };
}

export default async function OfferPage({ params }: Props) {
  const { locale, offer: slug } = await params;
  setRequestLocale(locale);
  const offer = await getOfferBySlug(slug);
  if (!offer) notFound();
  const t = await getTranslations("Offer");
  const contentLang = locale === "de" ? undefined : "de";
  return (
    <article>
      <p className="no-print">
        <Link href={`/staedte/${offer.city.slug}`} className="inline-block min-h-11 py-2">
          {t("backToCity", { city: offer.city.name })}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl" lang={contentLang}>
        {offer.name}
      </h1>
      <p className="mt-2 text-xl text-muted">
        <span lang={contentLang}>{offer.type.name}</span> · {offer.city.name}
      </p>

      <section aria-labelledby="summary-heading" className="mt-6">
        <h2 id="summary-heading" className="sr-only">
          {t("summary")}
        </h2>
        <p className="text-xl" lang={contentLang}>
          {offer.summary}
        </p>
      </section>

      <OfferContact offer={offer} contentLang={contentLang} />

      <section aria-labelledby="description-heading" className="mt-8">
        <h2 id="description-heading" className="text-2xl">
          {t("description")}
        </h2>
        <p className="mt-2 max-w-3xl whitespace-pre-line" lang={contentLang}>
          {offer.description}
        </p>
      </section>

      <OfferFacts offer={offer} locale={locale} contentLang={contentLang} />
    </article>
  );
}
