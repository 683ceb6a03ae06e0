import { getTranslations } from "next-intl/server";
import type { ListParam, SearchParams } from "@/lib/search/schema";
import { langAttribute } from "@/lib/directory/localized-text";
import type { FacetOption, SearchFacets } from "@/lib/search/types";
import { ContentNotice } from "@/components/ui/content-text";

type Props = { facets: SearchFacets; params: SearchParams; locale: string };

const checkboxClass = "size-6 shrink-0 accent-brand";
const optionClass = "flex min-h-11 items-center gap-3 py-1";

// One GET form for all filters; the query travels along as a hidden field so
// "Filter anwenden" keeps it. Counts are computed with every other filter applied.
export async function SearchFilters({ facets, params, locale }: Props) {
  const t = await getTranslations("Search");
  const checkboxGroup = (param: ListParam, options: FacetOption[], hint?: string) => (
    <fieldset className="mt-6" aria-describedby={hint ? `${param}-hint` : undefined}>
      <legend className="text-xl font-bold">{t(`facet.${param}`)}</legend>
      {hint ? (
        <p id={`${param}-hint`} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      {options.length === 0 ? (
        <p className="mt-1 text-muted">{t("noOptions")}</p>
      ) : (
        <ul className="mt-1">
          {options.map((option) => (
            <li key={option.value}>
              <label className={optionClass}>
                <input type="checkbox" name={param} value={option.value} defaultChecked={option.selected} className={checkboxClass} />
                <span>
                  <span lang={langAttribute(option.label, locale)}>{option.label.text}</span> ({t("count", { count: option.count })})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
  const flag = (param: "kostenlos" | "offen", label: string) => (
    <fieldset className="mt-6">
      <legend className="text-xl font-bold">{t(`facet.${param}`)}</legend>
      <label className={optionClass}>
        <input type="checkbox" name={param} value="1" defaultChecked={facets[param].selected} className={checkboxClass} />
        <span>{t("optionCount", { label, count: facets[param].count })}</span>
      </label>
    </fieldset>
  );

  return (
    <form method="get" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="text-2xl">
        {t("filtersHeading")}
      </h2>
      <a href="#results-heading" className="mt-2 inline-flex min-h-11 items-center">
        {t("skipToResults")}
      </a>
      {params.q !== "" ? <input type="hidden" name="q" value={params.q} /> : null}

      <div className="mt-4">
        <label htmlFor="filter-stadt" className="block text-xl font-bold">
          {t("facet.stadt")}
        </label>
        <select
          id="filter-stadt"
          name="stadt"
          defaultValue={params.stadt ?? ""}
          className="mt-1 min-h-11 w-full rounded border-2 border-ink bg-paper px-2"
        >
          <option value="">{t("allCities")}</option>
          {facets.stadt.map((option) => (
            <option key={option.value} value={option.value}>
              {t("optionCount", { label: option.label.text, count: option.count })}
            </option>
          ))}
        </select>
      </div>

      {params.stadt === null ? (
        <p className="mt-4 text-muted">{t("bezirkNeedsCity")}</p>
      ) : (
        checkboxGroup("bezirk", facets.bezirk, t("bezirkHint"))
      )}
      <ContentNotice
        texts={[...facets.art, ...facets.feld, ...facets.gruppe, ...facets.barriere].map((o) => o.label)}
        locale={locale}
        className="mt-4"
      />
      {checkboxGroup("art", facets.art)}
      {checkboxGroup("feld", facets.feld)}
      {checkboxGroup("gruppe", facets.gruppe)}
      {facets.sprache.length > 0 ? checkboxGroup("sprache", facets.sprache) : null}
      {checkboxGroup("barriere", facets.barriere, t("barriereHint"))}
      {flag("kostenlos", t("kostenlosOption"))}
      {flag("offen", t("offenOption"))}

      <button type="submit" className="mt-6 min-h-11 w-full rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
        {t("applyFilters")}
      </button>
    </form>
  );
}
