import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/directory/pagination";
import { SearchActiveFilters } from "@/components/search/search-active-filters";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchLanguageFilter } from "@/components/search/search-language-filter";
import { SearchNotices } from "@/components/search/search-notices";
import { SearchEmptyHelp, SearchResults } from "@/components/search/search-results";
import { FirstContactBox } from "@/components/directory/first-contact";
import { untranslatedLang } from "@/lib/directory/localized-text";
import type { FirstContact } from "@/lib/directory/types";
import type { Locale } from "@/lib/i18n/routing";
import { listParams } from "@/lib/search/schema";
import { toSearchQuery, withPage } from "@/lib/search/search-state";
import type { SearchResult } from "@/lib/search/types";

// The search page, cached (app/[locale]/angebote/suche/[key]) or answered fresh
// (app/[locale]/angebote, for "open now"): the same page either way.
export async function SearchView({
  locale,
  result,
  firstContacts,
}: {
  locale: Locale;
  result: SearchResult;
  firstContacts: FirstContact[];
}) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const search = result.params;

  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t("intro")}</p>

      <form role="search" method="get" aria-labelledby="search-query-label" className="mt-6">
        <label id="search-query-label" htmlFor="search-query" className="block text-xl font-bold">
          {t("queryLabel")}
        </label>
        <p id="search-query-hint" className="text-muted">
          {t("queryHint")}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={search.q}
            aria-describedby="search-query-hint"
            autoComplete="off"
            className="min-h-11 w-full max-w-xl rounded border-2 border-ink bg-paper px-3 text-xl"
          />
          <button type="submit" className="min-h-11 rounded bg-brand px-6 text-xl font-bold text-white hover:bg-brand-dark">
            {t("submit")}
          </button>
        </div>
        {/* A new search term keeps the chosen filters; they are listed below and each can be removed. */}
        {search.stadt !== null ? <input type="hidden" name="stadt" value={search.stadt} /> : null}
        {listParams.flatMap((param) =>
          search[param].map((value) => <input key={`${param}:${value}`} type="hidden" name={param} value={value} />),
        )}
        {search.kostenlos ? <input type="hidden" name="kostenlos" value="1" /> : null}
        {search.offen ? <input type="hidden" name="offen" value="1" /> : null}
      </form>

      <SearchNotices notices={result.notices} placeLang={untranslatedLang(locale)} />
      <SearchActiveFilters params={search} facets={result.facets} />

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
        <div>
          <SearchFilters facets={result.facets} params={search} locale={locale} />
        </div>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1} className="text-3xl">
            {t("resultsHeading")}
          </h2>
          <p className="mt-2 text-xl">
            {search.q === "" ? t("resultCount", { count: result.total }) : t("resultCountQuery", { count: result.total, q: search.q })}
          </p>
          <SearchLanguageFilter params={search} facets={result.facets} locale={locale} />
          {result.total === 0 ? (
            <>
              <SearchEmptyHelp params={search} facets={result.facets} />
              <FirstContactBox contacts={firstContacts} locale={locale} id="first-contact-heading" />
            </>
          ) : (
            <>
              <SearchResults items={result.items} locale={locale} />
              <Pagination
                href={(p) => ({ pathname: "/angebote", query: toSearchQuery(withPage(search, p)) })}
                page={result.page}
                pageCount={result.pageCount}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
