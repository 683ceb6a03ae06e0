import { getTranslations } from "next-intl/server";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import { citeSourceDocument } from "@/lib/directory/source-documents";
import type { CityDetail, LocalizedText } from "@/lib/directory/types";
import { ContentNotice, germanRun } from "@/components/ui/content-text";

function TextBlock({ heading, text, locale }: { heading: string; text: LocalizedText | null; locale: string }) {
  if (!text) return null;
  return (
    <>
      <dt className="mt-4 font-bold">{heading}</dt>
      <dd className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]" lang={langAttribute(text, locale)}>
        {text.text}
      </dd>
    </>
  );
}

function ListBlock({ heading, items, locale }: { heading: string; items: LocalizedText[]; locale: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt className="mt-4 font-bold">{heading}</dt>
      <dd className="mt-1">
        <ul className="list-disc ps-6 [overflow-wrap:anywhere]">
          {items.map((item) => (
            <li key={item.text} lang={langAttribute(item, locale)}>
              {item.text}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

export async function CityOrganisation({ city, locale }: { city: CityDetail; locale: string }) {
  const t = await getTranslations("City");
  const hasOrganisation = city.steering || city.delivery || city.goals || city.cooperation.length > 0 || city.fundingPriorities.length > 0;
  return (
    <>
      {city.siteCounts.length > 0 ? (
        <section aria-labelledby="site-counts-heading" className="mt-10">
          <h2 id="site-counts-heading" className="text-2xl">
            {t("siteCountsHeading")}
          </h2>
          <ContentNotice texts={city.siteCounts.map((c) => c.label)} locale={locale} />
          <ul className="mt-3 list-disc ps-6">
            {city.siteCounts.map((c) => (
              <li key={`${c.label.text}-${c.count}`} lang={langAttribute(c.label, locale)}>
                {t("siteCount", { count: c.count, label: c.label.text })}
              </li>
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
            texts={[city.steering, city.delivery, city.goals, ...city.cooperation, ...city.fundingPriorities]}
            locale={locale}
          />
          <dl>
            <TextBlock heading={t("steering")} text={city.steering} locale={locale} />
            <TextBlock heading={t("delivery")} text={city.delivery} locale={locale} />
            <ListBlock heading={t("cooperation")} items={city.cooperation} locale={locale} />
            <TextBlock heading={t("goals")} text={city.goals} locale={locale} />
            <ListBlock heading={t("fundingPriorities")} items={city.fundingPriorities} locale={locale} />
          </dl>
          {city.sourceDocument ? (
            <p className="mt-4 text-muted">
              {t.rich("source", { source: citeSourceDocument(city.sourceDocument), doc: germanRun(untranslatedLang(locale)) })}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
