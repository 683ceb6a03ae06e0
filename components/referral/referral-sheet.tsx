import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatClockTime, isAllDay } from "@/lib/directory/opening-hours";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import { localeInfo } from "@/lib/i18n/locale-info";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ReferralContact, ReferralOffer } from "@/lib/referral/types";
import { ContentNotice } from "@/components/ui/content-text";
import { formatAddress } from "@/components/offer/offer-contact";
import { PhoneLink } from "@/components/offer/phone-link";

type Props = { offers: ReferralOffer[]; removable: boolean; locale: Locale };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="referral-row">
      <dt className="inline font-bold">{label}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

function describeContact(contact: ReferralContact): string {
  return [contact.name, contact.role, contact.department, formatAddress(contact)].filter(Boolean).join(", ");
}

// One compact card per offer; globals.css sets it in two columns on paper so a
// typical referral of three to six offers fits on a single sheet.
export async function ReferralSheet({ offers, removable, locale }: Props) {
  const [t, tw, tc] = await Promise.all([getTranslations("Referral"), getTranslations("Weekday"), getTranslations("Content")]);
  const contentLang = untranslatedLang(locale);
  const intl = localeInfo[locale].intl;
  return (
    <>
      <ContentNotice texts={offers.flatMap((o) => [o.name, o.typeName])} locale={locale} className="mt-4 no-print" />
      <ol className="referral-sheet-list mt-6 grid gap-4 lg:grid-cols-2">
        {offers.map((offer) => {
          const address = formatAddress(offer);
          return (
            <li key={offer.slug} className="referral-card rounded-lg border-2 border-line p-4">
              <article aria-labelledby={`referral-${offer.slug}`}>
                <h2 id={`referral-${offer.slug}`} className="text-xl" lang={langAttribute(offer.name, locale)}>
                  <Link href={`/angebote/${offer.slug}`}>{offer.name.text}</Link>
                </h2>
                <p className="text-muted">
                  <span lang={langAttribute(offer.typeName, locale)}>{offer.typeName.text}</span> · {offer.cityName}
                </p>
                <dl className="mt-2">
                  {address ? <Row label={t("address")}>{address}</Row> : null}
                  {offer.phone ? (
                    <Row label={t("phone")}>
                      <PhoneLink phone={offer.phone} dialable={offer.phoneDialable} />
                    </Row>
                  ) : null}
                  {offer.email ? (
                    <Row label={t("email")}>
                      <a href={`mailto:${offer.email}`} dir="ltr" className="inline-block min-h-11 py-2 break-all">
                        {offer.email}
                      </a>
                    </Row>
                  ) : null}
                  {offer.website ? (
                    <Row label={t("website")}>
                      <a href={offer.website} dir="ltr" className="inline-block min-h-11 py-2 break-all">
                        {offer.website}
                      </a>
                    </Row>
                  ) : null}
                  <Row label={t("hours")}>
                    {offer.openingHours.length === 0
                      ? t("noHours")
                      : offer.openingHours.map((h, index) => (
                          <span key={index} className="referral-hours block">
                            {tw(String(h.weekday) as "1")}{" "}
                            {isAllDay(h)
                              ? tc("hoursAllDay")
                              : tw("hours", { opens: formatClockTime(h.opens, intl), closes: formatClockTime(h.closes, intl) })}
                            {h.note ? <span lang={contentLang}> ({h.note})</span> : null}
                          </span>
                        ))}
                  </Row>
                </dl>
                {offer.contacts.length > 0 ? (
                  <>
                    <h3 className="mt-2 text-lg">{t("contacts")}</h3>
                    <ul className="referral-contacts">
                      {offer.contacts.map((contact, index) => (
                        <li key={index}>
                          <span lang={contentLang}>{describeContact(contact)}</span>
                          {contact.phone ? (
                            <>
                              {describeContact(contact) ? " · " : null}
                              <PhoneLink phone={contact.phone} dialable={contact.phoneDialable} />
                            </>
                          ) : null}
                          {contact.email ? (
                            <>
                              {" · "}
                              <a href={`mailto:${contact.email}`} dir="ltr" className="inline-block min-h-11 py-2 break-all">
                                {contact.email}
                              </a>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {removable ? (
                  <form method="post" action={`/${locale}/merkliste/aendern`} className="no-print mt-3">
                    <input type="hidden" name="aktion" value="entfernen" />
                    <input type="hidden" name="angebot" value={offer.slug} />
                    <input type="hidden" name="zurueck" value={`/${locale}/merkliste`} />
                    <button
                      type="submit"
                      aria-label={t("removeLabel", { name: offer.name.text })}
                      className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand hover:bg-accent"
                    >
                      {t("remove")}
                    </button>
                  </form>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
