import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminVerificationFilters } from "@/components/admin/verification/admin-verification-filters";
import { AdminVerificationTable } from "@/components/admin/verification/admin-verification-table";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { markOfferChecked } from "@/lib/admin/verification/actions";
import { listOffersDueForVerification, listScopedFilterOptions } from "@/lib/admin/verification/data";
import { getBerlinToday, toDateValue } from "@/lib/admin/verification/rules";
import { readVerificationOutcome, verificationFilterSchema } from "@/lib/admin/verification/schema";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminVerification" });
  return { title: t("title") };
}

export default async function AdminVerificationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const query = await searchParams;
  const filter = verificationFilterSchema.parse(query);
  const outcome = readVerificationOutcome(query.ergebnis);
  const [page, options] = await Promise.all([
    listOffersDueForVerification(
      user,
      { cityId: filter.stadt, providerId: filter.traeger, page: filter.seite },
      getBerlinToday(new Date()),
    ),
    listScopedFilterOptions(user),
  ]);
  const t = await getTranslations("AdminVerification");
  const format = await getFormatter();
  const filters = { ...(filter.stadt ? { stadt: filter.stadt } : {}), ...(filter.traeger ? { traeger: filter.traeger } : {}) };
  const pageQuery = (seite: number) => ({ ...filters, seite: String(seite) });
  const exportHref = `${getPathname({ href: "/admin/export.csv", locale })}?${new URLSearchParams({ liste: "pruefung", ...filters })}`;
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">
        {t("intro", { cutoff: format.dateTime(toDateValue(page.cutoff), { dateStyle: "long", timeZone: "UTC" }) })}
      </p>
      {outcome ? (
        <p role="status" className={`mt-4 rounded border-4 p-4 font-bold ${outcome === "checked" ? "border-brand" : "border-red-800"}`}>
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      <AdminVerificationFilters
        action={getPathname({ href: "/admin/pruefung", locale })}
        cities={options.cities}
        providers={options.providers}
        cityId={filter.stadt}
        providerId={filter.traeger}
      />
      <p className="mt-6" role="status">
        {t("count", { count: page.total })} · {t("page", { page: page.page, pages: page.pageCount })}
      </p>
      <p className="mt-2">
        <a href={exportHref} className="inline-flex min-h-11 items-center" download>
          {t("export")}
        </a>
      </p>
      {can(user, "verification.mark") ? null : <p className="mt-4 max-w-3xl">{t("readOnly")}</p>}
      {page.offers.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <AdminVerificationTable
          offers={page.offers}
          canMark={can(user, "verification.mark")}
          markAction={markOfferChecked}
          locale={locale}
          filters={{ stadt: filter.stadt ?? "", traeger: filter.traeger ?? "", seite: String(filter.seite) }}
        />
      )}
      <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap gap-6">
        {page.page > 1 ? (
          <Link href={{ pathname: "/admin/pruefung", query: pageQuery(page.page - 1) }} className="inline-flex min-h-11 items-center">
            {t("previous")}
          </Link>
        ) : null}
        {page.page < page.pageCount ? (
          <Link href={{ pathname: "/admin/pruefung", query: pageQuery(page.page + 1) }} className="inline-flex min-h-11 items-center">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
