import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminDistrictForm } from "@/components/admin/master-data/admin-district-form";
import { createDistrictAction, renameDistrictAction } from "@/lib/admin/districts/actions";
import { listDistrictsForUser } from "@/lib/admin/districts/data";
import { readMasterDataOutcome } from "@/lib/admin/master-data-outcome";
import { requireUser } from "@/lib/admin/request";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminMasterData" });
  return { title: t("districtsTitle") };
}

export default async function AdminDistrictsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const query = await searchParams;
  const outcome = readMasterDataOutcome(query.ergebnis);
  // A PROVIDER_EDITOR (or a disabled account) gets an empty list from the data layer.
  const cities = await listDistrictsForUser(user);
  const t = await getTranslations("AdminMasterData");
  return (
    <>
      <h1 className="text-4xl">{t("districtsTitle")}</h1>
      {outcome ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      {cities.length === 0 ? <p className="mt-6 max-w-3xl">{t("districtsNone")}</p> : null}
      {cities.map((city) => (
        <section key={city.id} aria-labelledby={`stadt-${city.id}`} className="mt-10">
          <h2 id={`stadt-${city.id}`} className="text-2xl">
            {city.name}
          </h2>
          <p className="mt-2">{t("districtCount", { count: city.districts.length })}</p>
          {city.districtsSource ? <p className="mt-2 text-muted">{t("districtsSource", { source: city.districtsSource })}</p> : null}
          {city.stadtteileSource ? <p className="mt-2 text-muted">{t("stadtteileSource", { source: city.stadtteileSource })}</p> : null}
          <ul className="mt-4 space-y-3">
            {city.districts.map((district) => (
              <li key={district.id} className="rounded border-2 border-line p-4">
                <p className="font-bold">{district.name}</p>
                {district.stadtteile.length > 0 ? <p>{t("stadtteile", { names: district.stadtteile.join(", ") })}</p> : null}
                <AdminDistrictForm
                  summary={t("renameDistrict", { name: district.name })}
                  action={renameDistrictAction}
                  locale={locale}
                  formId={`bezirk-${district.id}`}
                  target={{ name: "districtId", value: district.id }}
                  defaultName={district.name}
                  label={t("newName")}
                  submitLabel={t("save")}
                />
              </li>
            ))}
          </ul>
          <h3 className="mt-6 text-xl">{t("addDistrict")}</h3>
          <AdminDistrictForm
            action={createDistrictAction}
            locale={locale}
            formId={`bezirk-neu-${city.id}`}
            target={{ name: "cityId", value: city.id }}
            defaultName=""
            label={t("districtName")}
            submitLabel={t("create")}
          />
        </section>
      ))}
    </>
  );
}
