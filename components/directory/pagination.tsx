import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// First, last and the pages around the current one; gaps are shown as "…".
function visiblePages(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

// Short class names (globals.css): every cached list page carries these links twice, as HTML and as data.
const linkClass = "page-link";

export type PageHref = (page: number) => { pathname: string; query: Record<string, string | string[]> };

// Page links of any list; `href` keeps the rest of the list's state in the URL.
export async function Pagination({ href, page, pageCount }: { href: PageHref; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Search");
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <p>{t("pageInfo", { page, pages: pageCount })}</p>
      <ul className="mt-2 flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pageLink", { page: p })}
                className={linkClass}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
