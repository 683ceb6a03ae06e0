import { getTranslations } from "next-intl/server";
import type { TranslationWork } from "@/lib/admin/translations/work-data";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { submitTranslationImport } from "@/lib/admin/translations/exchange-actions";
import type { Locale } from "@/lib/i18n/routing";
import { AdminTranslationImportForm } from "@/components/admin/translations/admin-translation-import-form";

const shownMax = 200;

function localeName(code: string, uiLocale: string, easyGerman: string): string {
  if (code === "de-x-ls") return easyGerman;
  return new Intl.DisplayNames([uiLocale === "de-x-ls" ? "de" : uiLocale], { type: "language" }).of(code) ?? code;
}

// Staff's to-do list for translations: per language what is missing, outdated (the
// German changed since) or not yet reviewed, each offer linked to its translation form.
export async function AdminTranslationWork({ work, locale }: { work: TranslationWork; locale: Locale }) {
  const t = await getTranslations("AdminTranslations");
  const te = await getTranslations("AdminEdit");
  const name = (code: string) => localeName(code, locale, te("easyGerman"));
  const counts = work.counts[work.locale]!;
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      <nav aria-label={t("languagesLabel")} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {Object.entries(work.counts).map(([code, c]) => (
            <li key={code}>
              <Link
                href={{ pathname: "/admin/uebersetzungen", query: { sprache: code } }}
                aria-current={code === work.locale ? "page" : undefined}
                className="nav-tile"
              >
                {t("languageTab", { language: name(code), open: c.missing + c.outdated + c.unreviewed })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-8 text-2xl">{name(work.locale)}</h2>
      <p className="mt-2" role="status">
        {t("counts", counts)}
      </p>
      {work.items.length === 0 ? (
        <p className="mt-4">{t("allReviewed")}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {work.items.slice(0, shownMax).map((item) => (
            <li key={item.id}>
              <Link href={`/admin/angebote/${item.id}/uebersetzungen`} className="inline-block min-h-11 py-2">
                <span lang="de">{item.name}</span> (<span lang="de">{item.cityName}</span>)
              </Link>{" "}
              – {t(`state.${item.state}`)}
            </li>
          ))}
        </ul>
      )}
      {work.items.length > shownMax ? <p className="mt-4">{t("more", { count: work.items.length - shownMax })}</p> : null}

      <section aria-labelledby="exchange-heading" className="mt-10">
        <h2 id="exchange-heading" className="text-2xl">
          {t("exchangeHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("exchangeIntro")}</p>
        <p className="mt-4">
          <a
            href={`${getPathname({ href: "/admin/uebersetzungen/export.xlf", locale })}?sprache=${encodeURIComponent(work.locale)}`}
            className="inline-flex min-h-11 items-center font-bold"
            download
          >
            {t("exportLink", { language: name(work.locale) })}
          </a>
        </p>
        <AdminTranslationImportForm action={submitTranslationImport} target={work.locale} languageName={name(work.locale)} />
      </section>
    </>
  );
}
