import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReactNode } from "react";
import { langAttribute } from "@/lib/directory/localized-text";
import type { LocalizedText } from "@/lib/directory/types";
import { Link } from "@/lib/i18n/navigation";
import { UnreviewedNote } from "./content-text";
import { PhoneLink } from "./phone-link";
import { ReferralToggle } from "./referral-toggle";

type CardOffer = {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  phone: string | null;
  type: { name: LocalizedText };
};

// One offer in any list (city, district, search results): the same facts in the
// same order everywhere, and the Merkliste button on every one.
export async function OfferCard({ offer, locale, meta }: { offer: CardOffer; locale: Locale; meta: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Offer" });
  return (
    <li className="rounded-lg border-2 border-line p-4">
      <h3 className="text-xl" lang={langAttribute(offer.name, locale)}>
        <Link href={`/angebote/${offer.slug}`}>{offer.name.text}</Link>
      </h3>
      {meta}
      <p className="mt-2 whitespace-pre-line" lang={langAttribute(offer.summary, locale)}>
        {offer.summary.text}
      </p>
      <UnreviewedNote text={offer.summary} />
      {offer.phone ? (
        <p className="mt-2">
          {t("phone")}: <PhoneLink phone={offer.phone} />
        </p>
      ) : null}
      <ReferralToggle slug={offer.slug} name={offer.name.text} locale={locale} />
    </li>
  );
}
