import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SearchNotice } from "@/lib/search/schema";

type PlaceNotice = Extract<SearchNotice, { kind: "placeFound" | "placeAmbiguous" }>;

function isPlaceNotice(notice: SearchNotice): notice is PlaceNotice {
  return notice.kind === "placeFound" || notice.kind === "placeAmbiguous";
}

// A place found in the query is said first, with the way to its district's page or,
// where the name is found in several places, one link per place to choose from.
async function PlaceNotices({ notices, lang }: { notices: PlaceNotice[]; lang?: string }) {
  const t = await getTranslations("Search");
  return notices.map((notice, i) =>
    notice.kind === "placeFound" ? (
      <li key={`place-${i}`}>
        {t("notice.placeFound", { place: notice.place, city: notice.city.name, district: notice.district.name })}{" "}
        <Link href={`/staedte/${notice.city.slug}/${notice.district.slug}`} className="inline-block min-h-11 py-2">
          {t("notice.placeDistrictLink", { city: notice.city.name, district: notice.district.name })}
        </Link>
      </li>
    ) : (
      <li key={`place-${i}`}>
        {t("notice.placeAmbiguous", { place: notice.place })}
        <ul className="mt-1 list-disc ps-6" lang={lang}>
          {notice.options.map((option) => (
            <li key={`${option.city.slug}:${option.district.slug}`}>
              <Link
                href={{
                  pathname: "/angebote",
                  query: { ...(notice.rest === "" ? {} : { q: notice.rest }), stadt: option.city.slug, bezirk: option.district.slug },
                }}
                className="inline-block min-h-11 py-2"
              >
                {t("notice.placeOption", { city: option.city.name, district: option.district.name })}
              </Link>
            </li>
          ))}
        </ul>
      </li>
    ),
  );
}

// Bad input never breaks the page: each correction we made is said plainly.
export async function SearchNotices({ notices, placeLang }: { notices: SearchNotice[]; placeLang?: string }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Search");
  const text = (notice: Exclude<SearchNotice, PlaceNotice>) => {
    switch (notice.kind) {
      case "queryCapped":
        return t("notice.queryCapped", { max: notice.max });
      case "invalidValue":
        return t("notice.invalidValue", { value: notice.value, facet: t(`facet.${notice.param}`) });
      case "unknownValue":
        return t("notice.unknownValue", { value: notice.value, facet: t(`facet.${notice.param}`) });
      case "districtNeedsCity":
        return t("notice.districtNeedsCity");
      case "pageClamped":
        return t("notice.pageClamped", { requested: notice.requested, last: notice.last });
    }
  };
  const places = notices.filter(isPlaceNotice);
  const others = notices.filter((n): n is Exclude<SearchNotice, PlaceNotice> => !isPlaceNotice(n));
  return (
    <section aria-labelledby="notices-heading" className="mt-6 rounded-lg border-s-8 border-brand bg-accent p-4">
      <h2 id="notices-heading" className="text-xl">
        {t("noticesHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        <PlaceNotices notices={places} lang={placeLang} />
        {others.map((notice, i) => (
          <li key={i}>{text(notice)}</li>
        ))}
      </ul>
    </section>
  );
}
