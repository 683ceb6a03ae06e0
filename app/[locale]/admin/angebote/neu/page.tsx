import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminOfferForm } from "@/components/admin/offers/admin-offer-form";
import { createOfferAction } from "@/lib/admin/actions";
import { getOfferEditOptions, listCreatableCities } from "@/lib/admin/data";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminEdit" });
  return { title: t("createTitle") };
}

export default async function AdminOfferCreatePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const cities = await listCreatableCities(user);
  const wanted = (await searchParams).stadt;
  // Only a city of the user's scope is used; anything else shows the choice again.
  const city = cities.length === 1 ? cities[0] : cities.find((c) => c.id === wanted);
  const t = await getTranslations("AdminEdit");
  const ta = await getTranslations("Admin");
  const reviewed = !can(user, "offer.publish");
  return (
    <>
      <p>
        <Link href="/admin/angebote" className="inline-block min-h-11 py-2">
          {ta("edit.backToList")}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">
        {t("createTitle")}
        {city ? <span lang="de">: {city.name}</span> : null}
      </h1>
      {reviewed ? <p className="mt-4">{t("createProviderNote")}</p> : null}
      {cities.length === 0 ? <p className="mt-6">{t("createNoCity")}</p> : null}
      {!city && cities.length > 0 ? (
        <form method="get" className="mt-6">
          <label htmlFor="create-city" className="block font-bold">
            {t("createCity")}
          </label>
          <select
            id="create-city"
            name="stadt"
            className="mt-1 block min-h-11 w-full max-w-2xl rounded border-2 border-ink bg-paper px-3 py-2"
          >
            {cities.map((c) => (
              <option key={c.id} value={c.id} lang="de">
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" className="mt-4 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
            {t("createContinue")}
          </button>
        </form>
      ) : null}
      {city ? (
        <AdminOfferForm
          action={createOfferAction}
          offer={null}
          cityId={city.id}
          locale={locale}
          options={await getOfferEditOptions(user, city.id)}
          reviewed={reviewed}
        />
      ) : null}
    </>
  );
}
