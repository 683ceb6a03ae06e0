import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { langAttribute, untranslatedLang } from "@/lib/directory/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/search/schema";
import type { SearchFacets, SearchResultItem } from "@/lib/search/types";
import { ContentNotice } from "@/components/ui/content-text";
import { getOfferCardLabels, toOfferCardData } from "@/components/offer/offer-card";
import { OfferCards } from "@/components/offer/offer-cards";
import type { OfferCardText } from "@/components/offer/offer-cards";
import { clearFiltersHref, describeActiveFilters } from "@/components/search/search-active-filters";

type Props = { items: SearchResultItem[]; locale: Locale };

export async function SearchResults({ items, locale }: Props) {
  const [t, labels] = await Promise.all([getTranslations({ locale, namespace: "Search" }), getOfferCardLabels(locale)]);
  const contentLang = untranslatedLang(locale);
  const cards = items.map((offer) => {
    const first: OfferCardText[] = [{ text: offer.type.name.text, lang: langAttribute(offer.type.name, locale) }];
    if (offer.providerName) first.push({ text: ` · ${t("provider")}: ` }, { text: offer.providerName, lang: contentLang });
    const area =
      offer.servesWholeCity || offer.districts.length === 0
        ? t(offer.servesWholeCity ? "areaWholeCity" : "areaSomePlaces", { city: offer.city.name })
        : t("area", { city: offer.city.name, districts: offer.districts.map((d) => d.name).join(", ") });
    return toOfferCardData(offer, locale, [first, [{ text: area }]]);
  });
  return (
    <>
      <ContentNotice texts={items.flatMap((o) => [o.name, o.summary, o.type.name])} locale={locale} only="fallback" />
      <OfferCards offers={cards} labels={labels} />
    </>
  );
}

/** What to loosen when nothing matched: each active filter as its own link, then general tips. */
export async function SearchEmptyHelp({ params, facets }: { params: SearchParams; facets: SearchFacets }) {
  const t = await getTranslations("Search");
  const filters = describeActiveFilters(params, facets, t);
  return (
    <section aria-labelledby="empty-heading" className="mt-6 rounded-lg border-2 border-brand p-4">
      <h3 id="empty-heading" className="text-xl">
        {t("emptyHeading")}
      </h3>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {filters.map((filter) => (
          <li key={`${filter.param}:${filter.value}`}>
            <Link href={filter.href} className="inline-block min-h-11 py-2">
              {t("tipRemoveFilter", { facet: filter.facet, value: filter.label })}
            </Link>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <Link href={clearFiltersHref(params)} className="inline-block min-h-11 py-2">
              {t("tipRemoveAll")}
            </Link>
          </li>
        ) : null}
        {params.q !== "" ? <li>{t("tipShorterQuery")}</li> : null}
        <li>{t("tipCall")}</li>
      </ul>
    </section>
  );
}
