import { getTranslations } from "next-intl/server";
import { OfferList } from "@/components/offer/offer-list";
import type { OfferListItem, Term } from "@/lib/directory/types";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// Under an ended project: where the reader can turn today instead of a closed door.
export async function SimilarOffers({ offers, city, locale }: { offers: OfferListItem[]; city: Term; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Offer" });
  return (
    <section aria-labelledby="similar-heading" className="mt-10 no-print">
      <h2 id="similar-heading" className="text-3xl">
        {t("similarHeading")}
      </h2>
      {offers.length > 0 ? <OfferList offers={offers} locale={locale} /> : <p className="mt-2">{t("similarNone")}</p>}
      <p className="mt-4">
        <Link href={`/staedte/${city.slug}`} className="inline-block min-h-11 py-2">
          {t("similarAll", { city: city.name })}
        </Link>
      </p>
    </section>
  );
}
