import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CitySummary } from "@/lib/directory/types";

export async function CityList({ cities }: { cities: CitySummary[] }) {
  const t = await getTranslations("Home");
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {cities.map((city) => (
        <li key={city.slug}>
          <Link
            href={`/staedte/${city.slug}`}
            className="flex min-h-11 flex-col rounded-lg border-2 border-brand p-4 no-underline hover:bg-accent"
          >
            <span className="text-xl font-bold underline underline-offset-4">{city.name}</span>
            <span className="text-ink">
              {city.bundesland} · {t("offerCount", { count: city.offerCount })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
