import { getTranslations } from "next-intl/server";
import type { CityDetail } from "@/lib/directory/types";

function TextBlock({ heading, text, lang }: { heading: string; text: string | null; lang?: string }) {
  if (!text) return null;
  return (
    <>
      <dt className="mt-4 font-bold">{heading}</dt>
      <dd className="mt-1" lang={lang}>
        {text}
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

export async function CityOrganisation({ city, contentLang }: { city: CityDetail; contentLang?: string }) {
  const t = await getTranslations("City");
  const hasOrganisation =
    city.steering || city.delivery || city.goals || city.cooperation.length > 0 || city.fundingPriorities.length > 0;
  return (
    <>
      {city.siteCounts.length > 0 ? (
        <section aria-labelledby="site-counts-heading" className="mt-10">
          <h2 id="site-counts-heading" className="text-2xl">
            {t("siteCountsHeading")}
          </h2>
          <ul className="mt-3 list-disc ps-6" lang={contentLang}>
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
          <dl>
            <TextBlock heading={t("steering")} text={city.steering} lang={contentLang} />
            <TextBlock heading={t("delivery")} text={city.delivery} lang={contentLang} />
            <ListBlock heading={t("cooperation")} items={city.cooperation} lang={contentLang} />
            <TextBlock heading={t("goals")} text={city.goals} lang={contentLang} />
            <ListBlock heading={t("fundingPriorities")} items={city.fundingPriorities} lang={contentLang} />
          </dl>
          {city.sourceDocument ? <p className="mt-4 text-muted">{t("source", { source: city.sourceDocument })}</p> : null}
        </section>
      ) : null}
    </>
  );
}
