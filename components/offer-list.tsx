import { getTranslations } from "next-intl/server";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { OfferListItem } from "@/lib/directory/types";
import { Link } from "@/lib/i18n/navigation";
import { ContentNotice, UnreviewedNote } from "./content-text";
import { PhoneLink } from "./phone-link";
import { ReferralToggle } from "./referral-toggle";

export async function OfferList({ offers, locale }: { offers: OfferListItem[]; locale: string }) {
  const t = await getTranslations("Offer");
  const placeLang = untranslatedLang(locale);
  return (
    <>
      <ContentNotice texts={offers.flatMap((o) => [o.name, o.summary, o.type.name])} locale={locale} only="fallback" />
      <ul className="mt-4 space-y-4">
        {offers.map((offer) => (
          <li key={offer.slug} className="rounded-lg border-2 border-line p-4">
            <h3 className="text-xl" lang={langAttribute(offer.name, locale)}>
              <Link href={`/angebote/${offer.slug}`}>{offer.name.text}</Link>
            </h3>
            <p className="mt-1 text-muted">
              <span lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</span>
              {offer.providerName ? (
                <>
                  {" · "}
                  <span lang={placeLang}>{offer.providerName}</span>
                </>
              ) : null}
              {" · "}
              {offer.servesWholeCity || offer.districts.length === 0 ? (
                t("wholeCity")
              ) : (
                <span lang={placeLang}>{offer.districts.map((d) => d.name).join(", ")}</span>
              )}
            </p>
            <p className="mt-2 whitespace-pre-line" lang={langAttribute(offer.summary, locale)}>
              {offer.summary.text}
            </p>
            <UnreviewedNote text={offer.summary} />
            {offer.phone ? (
              <p className="mt-2">
                {t("phone")}: <PhoneLink phone={offer.phone} />
              </p>
            ) : null}
            <ReferralToggle slug={offer.slug} name={offer.name.text} />
          </li>
        ))}
      </ul>
    </>
  );
}
