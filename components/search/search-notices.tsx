import { getTranslations } from "next-intl/server";
import type { SearchNotice } from "@/lib/search/schema";

// Bad input never breaks the page: each correction we made is said plainly.
export async function SearchNotices({ notices }: { notices: SearchNotice[] }) {
  if (notices.length === 0) return null;
  const t = await getTranslations("Search");
  const text = (notice: SearchNotice) => {
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
  return (
    <section aria-labelledby="notices-heading" className="mt-6 rounded-lg border-s-8 border-brand bg-accent p-4">
      <h2 id="notices-heading" className="text-xl">
        {t("noticesHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {notices.map((notice, i) => (
          <li key={i}>{text(notice)}</li>
        ))}
      </ul>
    </section>
  );
}
