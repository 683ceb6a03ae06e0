import { getTranslations } from "next-intl/server";
import { contentSourceLocale, localeInfo } from "@/lib/i18n/locale-info";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/search/schema";
import { toSearchQuery } from "@/lib/search/search-state";
import type { SearchFacets } from "@/lib/search/types";

/** The ISO 639 code of the reader's language as offers record it; null where it is German. */
export function toCounsellingLanguage(locale: Locale): string | null {
  const code = localeInfo[locale].intl.split("-")[0]!;
  return code === contentSourceLocale ? null : code;
}

// "Counselling in my language" one click from the results: every offer is German-speaking,
// so the link is only offered to readers of another language, and only while not chosen.
export async function SearchLanguageFilter({ params, facets, locale }: { params: SearchParams; facets: SearchFacets; locale: Locale }) {
  const code = toCounsellingLanguage(locale);
  if (code === null || params.sprache.includes(code)) return null;
  const t = await getTranslations("Content");
  const count = facets.sprache.find((option) => option.value === code)?.count ?? 0;
  const language = localeInfo[locale].endonym;
  // No link that leads to an empty page; saying so is still worth a line.
  if (count === 0) return <p className="mt-2 text-muted">{t("languageFilterNone", { language })}</p>;
  return (
    <p className="mt-2">
      <Link
        href={{ pathname: "/angebote", query: toSearchQuery({ ...params, sprache: [...params.sprache, code], seite: 1 }) }}
        className="inline-flex min-h-11 items-center rounded border-2 border-brand px-3 py-1 font-bold"
      >
        {t("languageFilter", { language, count })}
      </Link>
    </p>
  );
}
