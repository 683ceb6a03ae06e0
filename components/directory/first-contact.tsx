import { getTranslations } from "next-intl/server";
import { EmailLink } from "@/components/offer/offer-contact";
import { PhoneLink } from "@/components/offer/phone-link";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { FirstContact } from "@/lib/directory/types";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

function Reach({ contact, labels }: { contact: FirstContact; labels: { phone: string; email: string } }) {
  return (
    <>
      {contact.phone ? (
        <p>
          {`${labels.phone}: `}
          <PhoneLink phone={contact.phone} dialable={contact.phoneDialable} />
        </p>
      ) : null}
      {contact.email ? (
        <p>
          {`${labels.email}: `}
          <EmailLink email={contact.email} />
        </p>
      ) : null}
    </>
  );
}

/**
 * Whom to contact first: the one offer a city names for a first call (central counselling,
 * senior telephone, Seniorenbüro), with its number. One city's, or a list of every city's
 * where no city is chosen (home page, empty search).
 */
export async function FirstContactBox({ contacts, locale, id }: { contacts: FirstContact[]; locale: Locale; id: string }) {
  if (contacts.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "FirstContact" });
  const labels = { phone: t("phone"), email: t("email") };
  const single = contacts.length === 1 ? contacts[0] : null;
  return (
    <section aria-labelledby={id} className="mt-8 rounded-lg border-s-8 border-brand bg-accent p-4">
      <h2 id={id} className="text-2xl">
        {single ? t("headingCity", { city: single.city.name }) : t("heading")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      <ul className="mt-2 space-y-3">
        {contacts.map((contact) => (
          <li key={`${contact.city.slug}:${contact.slug}`}>
            <p className="font-bold">
              {single ? null : <span lang={untranslatedLang(locale)}>{`${contact.city.name}: `}</span>}
              <Link href={`/angebote/${contact.slug}`} lang={langAttribute(contact.name, locale)} className="inline-block min-h-11 py-2">
                {contact.name.text}
              </Link>
            </p>
            <Reach contact={contact} labels={labels} />
          </li>
        ))}
      </ul>
    </section>
  );
}
