import { getLocale, getTranslations } from "next-intl/server";
import { langAttribute } from "@/lib/directory/localized-text";
import type { ContactDetail, OfferDetail } from "@/lib/directory/types";
import { PhoneLink } from "@/components/offer/phone-link";

export function formatAddress(a: { street: string | null; postcode: string | null; locality: string | null }) {
  const town = [a.postcode, a.locality].filter(Boolean).join(" ");
  return [a.street, town].filter(Boolean).join(", ");
}

// A link, never an embedded map: embedding would send every visitor's address to a third party.
export function toOpenStreetMapHref(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} dir="ltr" className="inline-block min-h-11 py-2 break-all">
      {email}
    </a>
  );
}

async function ContactCard({ contact, contentLang }: { contact: ContactDetail; contentLang?: string }) {
  const [t, locale] = await Promise.all([getTranslations("Offer"), getLocale()]);
  const address = formatAddress(contact);
  return (
    <li className="rounded-lg border-2 border-line p-4 print:break-inside-avoid print:p-2">
      {contact.name ? <p className="font-bold">{contact.name}</p> : null}
      {contact.roleShown ? <p lang={langAttribute(contact.roleShown, locale)}>{contact.roleShown.text}</p> : null}
      {contact.department ? <p lang={contentLang}>{contact.department}</p> : null}
      {address ? <p>{address}</p> : null}
      {contact.phone ? (
        <p>
          {t("phone")}: <PhoneLink phone={contact.phone} dialable={contact.phoneDialable} />
        </p>
      ) : null}
      {contact.email ? (
        <p>
          {t("email")}: <EmailLink email={contact.email} />
        </p>
      ) : null}
    </li>
  );
}

export async function OfferContact({ offer, contentLang }: { offer: OfferDetail; contentLang?: string }) {
  const t = await getTranslations("Offer");
  const address = formatAddress(offer);
  const hasOwnContact = address || offer.phone || offer.email || offer.website;
  return (
    <section aria-labelledby="contact-heading" className="mt-8 print:mt-4">
      <h2 id="contact-heading" className="text-2xl print:text-lg">
        {t("contactHeading")}
      </h2>
      {hasOwnContact ? (
        <dl className="mt-3 grid gap-x-6 sm:grid-cols-[max-content_1fr]">
          {address ? (
            <>
              <dt className="font-bold">{t("address")}</dt>
              <dd>
                {address}
                <br />
                <a href={toOpenStreetMapHref(address)} className="no-print inline-block min-h-11 py-2">
                  {t("mapLink")}
                </a>
              </dd>
            </>
          ) : null}
          {offer.phone ? (
            <>
              <dt className="font-bold">{t("phone")}</dt>
              <dd>
                <PhoneLink phone={offer.phone} dialable={offer.phoneDialable} />
              </dd>
            </>
          ) : null}
          {offer.email ? (
            <>
              <dt className="font-bold">{t("email")}</dt>
              <dd>
                <EmailLink email={offer.email} />
              </dd>
            </>
          ) : null}
          {offer.website ? (
            <>
              <dt className="font-bold">{t("website")}</dt>
              <dd>
                <a href={offer.website} dir="ltr" className="inline-block min-h-11 py-2 break-all">
                  {offer.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {offer.contacts.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl print:mt-3 print:text-base">{t("contactsHeading")}</h3>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {offer.contacts.map((contact, index) => (
              <ContactCard key={index} contact={contact} contentLang={contentLang} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
