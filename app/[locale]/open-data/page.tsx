import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpenDataInfo } from "@/components/open-data/open-data-info";
import { directoryTag } from "@/lib/directory/cache-tags";
import { tagCachedPage } from "@/lib/directory/page-tags";
import { getSiteUrl } from "@/lib/env";
import { getDatasetLastModified } from "@/lib/hsds/data";
import { buildDcatDataset } from "@/lib/hsds/dcat";
import { licence } from "@/lib/hsds/licence";
import type { Locale } from "@/lib/i18n/routing";
import { buildAlternates } from "@/lib/seo/alternates";

// Cached whole like the directory pages; any directory change expires it (its
// "last modified" date follows the data).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: buildAlternates(locale, "/open-data") };
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await tagCachedPage([directoryTag]);
  const [t, tMeta, lastModified] = await Promise.all([getTranslations("OpenData"), getTranslations("Meta"), getDatasetLastModified()]);
  const query = locale === "de" ? "" : `?locale=${locale}`;
  const dataset = buildDcatDataset({
    siteUrl: getSiteUrl(),
    locale,
    title: t("datasetTitle"),
    description: t("datasetDescription"),
    publisher: tMeta("siteName"),
    lastModified,
  });
  return (
    <OpenDataInfo
      links={{
        exportJson: `/api/hsds/export.json${query}`,
        exportCsv: `/api/hsds/export.csv${query}`,
        api: "/api/hsds",
        openApi: "/api/hsds/openapi.json",
      }}
      licence={licence}
      lastModified={lastModified}
      dataset={dataset}
    />
  );
}
