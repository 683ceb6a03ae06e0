import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminOfferListItem } from "@/lib/admin/types";
import { AdminOfferRowCells } from "@/components/admin/offers/admin-offer-row-cells";

export async function AdminOfferTable({ offers }: { offers: AdminOfferListItem[] }) {
  const t = await getTranslations("Admin");
  const format = await getFormatter();
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="text-start font-bold">{t("offers.count", { count: offers.length })}</caption>
        <thead>
          <tr>
            {(["name", "city", "provider", "status", "updated"] as const).map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(`offers.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={offer.id}>
              <AdminOfferRowCells offer={offer} />
              <td className="border-b border-line p-2">{format.dateTime(offer.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
