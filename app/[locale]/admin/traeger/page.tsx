import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminProviderForm } from "@/components/admin/master-data/admin-provider-form";
import { readMasterDataOutcome } from "@/lib/admin/master-data-outcome";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { createProviderAction, updateProviderAction } from "@/lib/admin/providers/actions";
import { listEditableCities, listProvidersForUser } from "@/lib/admin/providers/data";
import { providerKinds, umbrellaAssociations as umbrellas } from "@/lib/seed/schema";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminMasterData" });
  return { title: t("providersTitle") };
}

export default async function AdminProvidersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const query = await searchParams;
  const outcome = readMasterDataOutcome(query.ergebnis);
  const [providers, cities] = await Promise.all([listProvidersForUser(user), listEditableCities(user)]);
  const t = await getTranslations("AdminMasterData");
  const tKind = await getTranslations("ProviderKind");
  const canEdit = can(user, "provider.edit");
  const formProps = { locale, cities, allowNoCity: can(user, "provider.edit", { cityId: null }), kinds: providerKinds, umbrellas };
  return (
    <>
      <h1 className="text-4xl">{t("providersTitle")}</h1>
      {outcome ? (
        <p role="status" className="mt-4 rounded border-4 border-brand p-4 font-bold">
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      {!canEdit ? <p className="mt-4 max-w-3xl">{t("providersReadOnly")}</p> : null}
      {canEdit && cities.length > 0 ? (
        <section aria-labelledby="traeger-neu" className="mt-8">
          <h2 id="traeger-neu" className="text-2xl">
            {t("createProvider")}
          </h2>
          <AdminProviderForm action={createProviderAction} formId="traeger-neu-form" provider={null} {...formProps} />
        </section>
      ) : null}
      <h2 className="mt-10 text-2xl">{t("providerCount", { count: providers.length })}</h2>
      <ul className="mt-4 space-y-4">
        {providers.map((provider) => (
          <li key={provider.id} className="rounded border-2 border-line p-4">
            <h3 className="text-xl">{provider.name}</h3>
            <p>
              {tKind(provider.kind)}
              {provider.umbrella ? ` · ${t(`umbrellas.${provider.umbrella}`)}` : ""} · {provider.cityName ?? t("noCity")}
            </p>
            {provider.website ? <p className="break-all">{provider.website}</p> : null}
            {canEdit && provider.canEdit ? (
              <AdminProviderForm
                summary={t("editProvider", { name: provider.name })}
                action={updateProviderAction}
                formId={`traeger-${provider.id}`}
                provider={{
                  id: provider.id,
                  version: provider.version,
                  name: provider.name,
                  kind: provider.kind,
                  umbrella: provider.umbrella ?? "",
                  website: provider.website ?? "",
                  cityId: provider.cityId ?? "",
                }}
                {...formProps}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
