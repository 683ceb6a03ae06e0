import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FilterParam, SearchParams } from "@/lib/search/schema";
import { emptySearchParams } from "@/lib/search/schema";
import { listActiveFilters, toSearchQuery, withoutFilter } from "@/lib/search/search-state";
import type { SearchFacets } from "@/lib/search/types";

export type FilterLabel = {
  param: FilterParam;
  value: string;
  facet: string;
  label: string;
  href: { pathname: string; query: Record<string, string | string[]> };
};

type Translate = Awaited<ReturnType<typeof getTranslations<"Search">>>;

/** Every active filter with its readable name and the URL of the same search without it. */
export function describeActiveFilters(params: SearchParams, facets: SearchFacets, t: Translate): FilterLabel[] {
  return listActiveFilters(params).map(({ param, value }) => {
    const label =
      param === "kostenlos" || param === "offen"
        ? t(`${param}Option`)
        : (facets[param].find((o) => o.value === value)?.label.text ?? value);
    return {
      param,
      value,
      facet: t(`facet.${param}`),
      label,
      href: { pathname: "/angebote", query: toSearchQuery(withoutFilter(params, param, value)) },
    };
  });
}

export function clearFiltersHref(params: SearchParams) {
  return { pathname: "/angebote", query: toSearchQuery({ ...emptySearchParams(), q: params.q }) };
}

export async function SearchActiveFilters({ params, facets }: { params: SearchParams; facets: SearchFacets }) {
  const t = await getTranslations("Search");
  const filters = describeActiveFilters(params, facets, t);
  if (filters.length === 0) return null;
  return (
    <section aria-labelledby="active-filters-heading" className="mt-6">
      <h2 id="active-filters-heading" className="text-xl">
        {t("activeHeading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={`${filter.param}:${filter.value}`}>
            <Link
              href={filter.href}
              className="inline-flex min-h-11 items-center rounded border-2 border-brand px-3 no-underline hover:bg-accent"
            >
              {t("removeFilter", { facet: filter.facet, value: filter.label })}
            </Link>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <Link href={clearFiltersHref(params)} className="inline-flex min-h-11 items-center px-3">
              {t("removeAll")}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
