"use client";

import Link from "next/link";
import { PhoneLink } from "@/components/offer/phone-link";
import { ReferralToggleForm } from "@/components/referral/referral-toggle-form";
import type { ReferralToggleLabels } from "@/components/referral/referral-toggle-form";

export type OfferCardText = { text: string; lang?: string };

export type OfferCardData = {
  slug: string;
  name: OfferCardText;
  summary: OfferCardText & { unreviewed: boolean };
  phone: string | null;
  /** E.164, where known: the printed number may lack the area code. */
  phoneDialable: string | null;
  /** Lines under the name (type, provider, area), each a run of texts with their languages. */
  meta: OfferCardText[][];
};

export type OfferCardLabels = {
  /** The offer pages' path before the slug, e.g. /de/angebote/. */
  offerPath: string;
  phone: string;
  unreviewed: string;
  referral: ReferralToggleLabels;
};

// The offers of any list (city, district, search results): the same facts in the same
// order everywhere, and the Merkliste button on every one. A client component only so
// that the cached page carries the offers once as data, not a second time as a
// rendered tree: the HTML is the same server-rendered markup, and it works without
// JavaScript.
export function OfferCards({ offers, labels }: { offers: OfferCardData[]; labels: OfferCardLabels }) {
  return (
    <ul className="mt-4 space-y-4">
      {offers.map((offer) => (
        <li key={offer.slug} className="offer-card">
          <h3 className="text-xl" lang={offer.name.lang}>
            <Link href={`${labels.offerPath}${offer.slug}`}>{offer.name.text}</Link>
          </h3>
          {offer.meta.map((line, i) => (
            <p key={i} className={i === 0 ? "mt-1 text-muted" : "text-muted"}>
              {line.map((part, j) =>
                part.lang ? (
                  <span key={j} lang={part.lang}>
                    {part.text}
                  </span>
                ) : (
                  part.text
                ),
              )}
            </p>
          ))}
          <p className="mt-2 whitespace-pre-line" lang={offer.summary.lang}>
            {offer.summary.text}
          </p>
          {offer.summary.unreviewed ? <p className="text-muted">{labels.unreviewed}</p> : null}
          {offer.phone ? (
            <p className="mt-2">
              {`${labels.phone}: `}
              <PhoneLink phone={offer.phone} dialable={offer.phoneDialable} />
            </p>
          ) : null}
          <ReferralToggleForm slug={offer.slug} name={offer.name.text} labels={labels.referral} />
        </li>
      ))}
    </ul>
  );
}
