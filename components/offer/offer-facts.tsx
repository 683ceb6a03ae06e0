import { getTranslations } from "next-intl/server";
import { citeSourceDocument } from "@/lib/directory/source-documents";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { LocalizedTerm, OfferDetail } from "@/lib/directory/types";
import { localeInfo } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";
import { ContentNotice, germanRun } from "@/components/ui/content-text";

const termItemClass = "print:inline print:after:content-['_·_'] print:last:after:content-none";

function Terms({ terms, locale }: { terms: LocalizedTerm[]; locale: string }) {
  return (
    <ul className="list-disc ps-6 print:list-none print:ps-0">
      {terms.map((term) => (
        <li key={term.slug} className={termItemClass} lang={langAttribute(term.name, locale)}>
          {term.name.text}
        </li>
      ))}
    </ul>
  );
}

export async function OfferFacts({ offer, locale }: { offer: OfferDetail; locale: Locale }) {
  const t = await getTranslations("Offer");
  const tk = await getTranslations("ProviderKind");
  const contentLang = untranslatedLang(locale);
  const languageNames = new Intl.DisplayNames([localeInfo[locale].intl], { type: "language" });
  const terms = [offer.type, ...offer.handlungsfelder, ...offer.targetGroups, ...offer.accessibility];
  const unknown = <span className="text-muted">{t("unknown")}</span>;
  const cost = offer.freeOfCharge === true ? t("free") : offer.freeOfCharge === false ? t("notFree") : null;
  // The citation is German on every page, isolated from the sentence around it.
  const german = germanRun(contentLang);
  return (
    <>
      <section aria-labelledby="details-heading" className="mt-8 print:mt-4">
        <h2 id="details-heading" className="text-2xl print:text-lg">
          {t("details")}
        </h2>
        <ContentNotice
          texts={[...terms.map((term) => term.name), offer.costNote ? { text: offer.costNote, lang: "de", reviewed: true } : null]}
          locale={locale}
        />
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr] print:mt-1 print:gap-y-1">
          <dt className="font-bold">{t("type")}</dt>
          <dd lang={langAttribute(offer.type.name, locale)}>{offer.type.name.text}</dd>
          <dt className="font-bold">{t("provider")}</dt>
          <dd>
            {offer.provider ? (
              <>
                <span lang={contentLang}>{offer.provider.name}</span> ({tk(offer.provider.kind as "SONSTIGE")}
                {offer.provider.umbrella ? `, ${offer.provider.umbrella}` : ""})
                {offer.provider.website ? (
                  <>
                    {" "}
                    <a href={offer.provider.website} dir="ltr" className="break-all">
                      {offer.provider.website}
                    </a>
                  </>
                ) : null}
              </>
            ) : (
              unknown
            )}
          </dd>
          {offer.partners.length > 0 ? (
            <>
              <dt className="font-bold">{t("partners")}</dt>
              <dd>
                <ul className="list-disc ps-6 print:list-none print:ps-0" lang={contentLang}>
                  {offer.partners.map((partner) => (
                    <li key={partner.name} className={termItemClass}>
                      {partner.name}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt className="font-bold">{t("area")}</dt>
          <dd>
            {offer.servesWholeCity || offer.districts.length === 0 ? (
              t(offer.servesWholeCity ? "wholeCity" : "somePlaces")
            ) : (
              <ul className="list-disc ps-6 print:list-none print:ps-0" lang={contentLang}>
                {offer.districts.map((district) => (
                  <li key={district.slug} className={termItemClass}>
                    {district.name}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-bold">{t("handlungsfelder")}</dt>
          <dd>
            <Terms terms={offer.handlungsfelder} locale={locale} />
          </dd>
          <dt className="font-bold">{t("targetGroups")}</dt>
          <dd>{offer.targetGroups.length ? <Terms terms={offer.targetGroups} locale={locale} /> : unknown}</dd>
          <dt className="font-bold">{t("languages")}</dt>
          <dd>{offer.languages.length ? offer.languages.map((code) => languageNames.of(code) ?? code).join(", ") : unknown}</dd>
          <dt className="font-bold">{t("accessibility")}</dt>
          <dd>{offer.accessibility.length ? <Terms terms={offer.accessibility} locale={locale} /> : unknown}</dd>
          <dt className="font-bold">{t("cost")}</dt>
          <dd>
            {cost ?? (offer.costNote ? null : unknown)}
            {offer.costNote ? <span lang={contentLang}> {offer.costNote}</span> : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="source-heading" className="mt-8 print:mt-4">
        <h2 id="source-heading" className="text-2xl print:text-lg">
          {t("sourceHeading")}
        </h2>
        {offer.sourceDocument ? (
          <p className="mt-2">{t.rich("source", { document: citeSourceDocument(offer.sourceDocument), doc: german })}</p>
        ) : null}
        {offer.sourceSection ? <p>{t.rich("sourceSection", { section: offer.sourceSection, doc: german })}</p> : null}
        <p>{offer.lastVerifiedAt ? t("lastVerified", { date: offer.lastVerifiedAt }) : t("notVerified")}</p>
      </section>
    </>
  );
}
