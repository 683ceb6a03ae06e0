import { getTranslations } from "next-intl/server";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import type { CityDetail, LocalizedText } from "@/lib/directory/types";
import { isolateLtr } from "@/components/ui/bidi";
import { ContentNotice } from "@/components/ui/content-text";

function TextBlock({ heading, text, locale }: { heading: string; text: LocalizedText | null; locale: string }) {
  if (!text) return null;
  return (
    <>
      <dt className="mt-4 font-bold">{heading}</dt>
      <dd className="mt-1 whitespace-pre-line" lang={langAttribute(text, locale)}>
        {text.text}
      </dd>
    </>
  );
}

function ListBlock({ heading, items, lang }: { heading: string; items: string[]; lang?: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt className="mt-4 font-bold">{heading}</dt>
      <dd className="mt-1">
        <ul className="list-disc ps-6" lang={lang}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

// Partner names, funding priorities and site-count labels are never translated: they
// are shown as the city published them, marked as German.
function asGerman(items: string[]): LocalizedText[] {
  return items.map((text) => ({ text, lang: "de", reviewed: true }));
}

export async function CityOrganisation({ city, locale }: { city: CityDetail; locale: string }) {
  const t = await getTranslations("City");
  const germanLang = untranslatedLang(locale);
  const hasOrganisation = city.steering || city.delivery || city.goals || city.cooperation.length > 0 || city.fundingPriorities.length > 0;
  return (
    <>
      {city.siteCounts.length > 0 ? (
        <section aria-labelledby="site-counts-heading" className="mt-10">
          <h2 id="site-counts-heading" className="text-2xl">
            {t("siteCountsHeading")}
          </h2>
          <ContentNotice texts={asGerman(city.siteCounts.map((c) => c.label))} locale={locale} />
          <ul className="mt-3 list-disc ps-6" lang={germanLang}>
            {city.siteCounts.map((c) => (
              <li key={`${c.label}-${c.count}`}>{t("siteCount", { count: c.count, label: c.label })}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {hasOrganisation ? (
        <section aria-labelledby="organisation-heading" className="mt-10">
          <h2 id="organisation-heading" className="text-2xl">
            {t("organisationHeading")}
          </h2>
          <ContentNotice
            texts={[city.steering, city.delivery, city.goals, ...asGerman([...city.cooperation, ...city.fundingPriorities])]}
            locale={locale}
          />
          <dl>
            <TextBlock heading={t("steering")} text={city.steering} locale={locale} />
            <TextBlock heading={t("delivery")} text={city.delivery} locale={locale} />
            <ListBlock heading={t("cooperation")} items={city.cooperation} lang={germanLang} />
            <TextBlock heading={t("goals")} text={city.goals} locale={locale} />
            <ListBlock heading={t("fundingPriorities")} items={city.fundingPriorities} lang={germanLang} />
          </dl>
          {city.sourceDocument ? <p className="mt-4 text-muted">{t("source", { source: isolateLtr(city.sourceDocument) })}</p> : null}
        </section>
      ) : null}
    </>
  );
}
