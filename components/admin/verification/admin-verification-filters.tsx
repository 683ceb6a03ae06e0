import { getTranslations } from "next-intl/server";
import type { ScopeOption } from "@/lib/admin/types";

type Props = {
  /** The list's own path: a GET form, so filters work without JavaScript and can be bookmarked. */
  action: string;
  cities: ScopeOption[];
  providers: ScopeOption[];
  cityId?: string;
  providerId?: string;
};

const selectClass = "mt-1 block min-h-11 max-w-full rounded border-2 border-ink bg-paper px-3";

export async function AdminVerificationFilters({ action, cities, providers, cityId, providerId }: Props) {
  const t = await getTranslations("AdminVerification");
  return (
    <form method="get" action={action} className="mt-6 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="verification-city" className="block font-bold">
          {t("city")}
        </label>
        <select id="verification-city" name="stadt" defaultValue={cityId ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {cities.map((city) => (
            <option key={city.id} value={city.id}>
              {city.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="verification-provider" className="block font-bold">
          {t("provider")}
        </label>
        <select id="verification-provider" name="traeger" defaultValue={providerId ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
        {t("apply")}
      </button>
    </form>
  );
}
