import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminCsvExportForm } from "@/components/admin/import/admin-csv-export-form";
import { AdminCsvImportForm } from "@/components/admin/import/admin-csv-import-form";
import { submitCsvImport } from "@/lib/admin/csv/actions";
import { maxExportRows } from "@/lib/admin/csv/data";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { listScopedFilterOptions } from "@/lib/admin/verification/data";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminImport" });
  return { title: t("title") };
}

export default async function AdminImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const tooMany = (await searchParams).export === "zuviele";
  const options = await listScopedFilterOptions(user);
  const t = await getTranslations("AdminImport");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      <section aria-labelledby="import-heading" className="mt-8">
        <h2 id="import-heading" className="text-2xl">
          {t("importHeading")}
        </h2>
        {can(user, "offer.import") ? (
          <>
            <p className="mt-2 max-w-3xl">{t("importIntro")}</p>
            <ul className="mt-2 max-w-3xl list-disc ps-6">
              <li>{t("createHint")}</li>
              <li>{t("updateHint")}</li>
            </ul>
            <AdminCsvImportForm action={submitCsvImport} />
          </>
        ) : (
          <p className="mt-2 max-w-3xl">{t("notAllowed")}</p>
        )}
      </section>
      <section aria-labelledby="export-heading" className="mt-10">
        <h2 id="export-heading" className="text-2xl">
          {t("exportHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("exportIntro")}</p>
        {tooMany ? (
          <p role="alert" className="mt-4 rounded border-4 border-red-800 p-4 font-bold">
            {t("exportTooMany", { max: maxExportRows })}
          </p>
        ) : null}
        <AdminCsvExportForm
          action={getPathname({ href: "/admin/export.csv", locale })}
          cities={options.cities}
          providers={options.providers}
        />
      </section>
    </>
  );
}
