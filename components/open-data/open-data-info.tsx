import { getFormatter, getTranslations } from "next-intl/server";
import { serializeJsonLd } from "@/lib/directory/offer-json-ld";
import type { JsonLd } from "@/lib/directory/offer-json-ld";

export type OpenDataLinks = { exportJson: string; exportCsv: string; api: string; openApi: string };
export type OpenDataLicence = { name: string; url: string };

const linkClass = "inline-flex min-h-11 items-center underline underline-offset-4";

// The API and the downloads are files, not pages of the site: plain links, no locale prefix.
export async function OpenDataInfo({
  links,
  licence,
  lastModified,
  dataset,
}: {
  links: OpenDataLinks;
  licence: OpenDataLicence;
  lastModified: Date;
  dataset: JsonLd;
}) {
  const t = await getTranslations("OpenData");
  const format = await getFormatter();
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t("intro")}</p>
      <p className="mt-4">{t("lastModified", { date: format.dateTime(lastModified, { dateStyle: "long", timeZone: "Europe/Berlin" }) })}</p>

      <section aria-labelledby="downloads-heading" className="mt-8">
        <h2 id="downloads-heading" className="text-2xl">
          {t("downloadsHeading")}
        </h2>
        <ul className="mt-3 space-y-1">
          <li>
            <a className={linkClass} href={links.exportJson} download>
              {t("downloadJson")}
            </a>
          </li>
          <li>
            <a className={linkClass} href={links.exportCsv} download>
              {t("downloadCsv")}
            </a>
            <p className="text-muted">{t("csvNote")}</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-heading" className="mt-8">
        <h2 id="api-heading" className="text-2xl">
          {t("apiHeading")}
        </h2>
        <p className="mt-3 max-w-3xl">{t("apiIntro")}</p>
        <ul className="mt-3 space-y-1">
          <li>
            <a className={linkClass} href={links.api}>
              {t("apiLink")}
            </a>
          </li>
          <li>
            <a className={linkClass} href={links.openApi}>
              {t("openApiLink")}
            </a>
          </li>
        </ul>
        <p className="mt-3 max-w-3xl">{t("apiRules")}</p>
      </section>

      <section aria-labelledby="licence-heading" className="mt-8">
        <h2 id="licence-heading" className="text-2xl">
          {t("licenceHeading")}
        </h2>
        <p className="mt-3 max-w-3xl">{t("licenceText", { licence: licence.name })}</p>
        <p className="mt-2">
          {t("licenceLinkLabel")}{" "}
          <a className={`${linkClass} break-all`} href={licence.url}>
            {licence.url}
          </a>
        </p>
      </section>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(dataset) }} />
    </>
  );
}
