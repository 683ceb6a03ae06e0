import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OfferListItem } from "@/lib/directory/types";
import { PhoneLink } from "./phone-link";
import { ReferralToggle } from "./referral-toggle";

export async function OfferList({ offers, contentLang }: { offers: OfferListItem[]; contentLang?: string }) {
  const t = await getTranslations("Offer");
  return (
    <ul className="mt-4 space-y-4">
      {offers.map((offer) => (
        <li key={offer.slug} className="rounded-lg border-2 border-line p-4">
          <h3 className="text-xl" lang={contentLang}>
            <Link href={`/angebote/${offer.slug}`}>{offer.name}</Link>
          </h3>
          <p className="mt-1 text-muted">
            <span lang={contentLang}>{offer.type.name}</span>
            {offer.providerName ? (
              <>
                {" · "}
                <span lang={contentLang}>{offer.providerName}</span>
              </>
            ) : null}
            {" · "}
            {offer.servesWholeCity || offer.districts.length === 0
              ? t("wholeCity")
              : offer.districts.map((d) => d.name).join(", ")}
          </p>
          <p className="mt-2" lang={contentLang}>
            {offer.summary}
          </p>
          {offer.phone ? (
            <p className="mt-2">
              {t("phone")}: <PhoneLink phone={offer.phone} />
            </p>
          ) : null}
          <ReferralToggle slug={offer.slug} name={offer.name} />
        </li>
      ))}
    </ul>
  );
}
