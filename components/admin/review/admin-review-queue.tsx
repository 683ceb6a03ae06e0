import { getFormatter, getTranslations } from "next-intl/server";
import type { ReviewQueueItem } from "@/lib/admin/review/types";
import { Link } from "@/lib/i18n/navigation";

export async function AdminReviewQueue({ items }: { items: ReviewQueueItem[] }) {
  const t = await getTranslations("AdminReview");
  const format = await getFormatter();
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="text-start font-bold">{t("queueCaption")}</caption>
        <thead>
          <tr>
            {(["offer", "city", "author", "submitted", "state"] as const).map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="border-b border-line p-2 text-start font-normal">
                <Link
                  href={`/admin/freigaben/${item.id}`}
                  className="inline-block min-h-11 py-2"
                  aria-label={t("openLabel", { name: item.offerName })}
                >
                  <span lang="de">{item.offerName}</span>
                </Link>
              </th>
              <td className="border-b border-line p-2">{item.cityName}</td>
              <td className="border-b border-line p-2">{item.authorEmail ?? t("unknownAuthor")}</td>
              <td className="border-b border-line p-2">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="border-b border-line p-2">
                {item.ownRevision ? t("state.own") : item.stale ? t("state.stale") : t("state.ready")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
