import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/search/schema";
import { buildAlternates } from "@/lib/seo/alternates";

export async function buildSearchMetadata(locale: Locale, search: SearchParams): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    title: search.q === "" ? t("metaTitle") : t("metaTitleQuery", { q: search.q }),
    description: t("metaDescription"),
    alternates: buildAlternates(locale, "/angebote"),
  };
}
