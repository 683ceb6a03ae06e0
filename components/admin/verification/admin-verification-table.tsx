import { getFormatter, getTranslations } from "next-intl/server";
import type { VerificationListItem } from "@/lib/admin/verification/data";
import { AdminOfferRowCells } from "@/components/admin/offers/admin-offer-row-cells";

type Props = {
  offers: VerificationListItem[];
  /** Only ADMIN and CITY_EDITOR get the button; the data layer refuses anyone else anyway. */
  canMark: boolean;
  markAction: (form: FormData) => Promise<void>;
  locale: string;
  /** The list's filters, posted along so the redirect comes back to the same view. */
  filters: { stadt: string; traeger: string; seite: string };
};

export async function AdminVerificationTable({ offers, canMark, markAction, locale, filters }: Props) {
  const t = await getTranslations("AdminVerification");
  const format = await getFormatter();
  const columns = ["name", "city", "provider", "status", "lastVerified", ...(canMark ? (["action"] as const) : [])] as const;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="text-start font-bold">{t("title")}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={offer.id}>
              <AdminOfferRowCells offer={offer} />
              <td className="border-b border-line p-2">
                {/* A calendar day stored as UTC midnight: formatted in UTC so it never shifts by a day. */}
                {offer.lastVerifiedAt ? format.dateTime(offer.lastVerifiedAt, { dateStyle: "medium", timeZone: "UTC" }) : t("never")}
              </td>
              {canMark ? (
                <td className="border-b border-line p-2">
                  <form action={markAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="offerId" value={offer.id} />
                    <input type="hidden" name="version" value={offer.version} />
                    <input type="hidden" name="stadt" value={filters.stadt} />
                    <input type="hidden" name="traeger" value={filters.traeger} />
                    <input type="hidden" name="seite" value={filters.seite} />
                    <button
                      type="submit"
                      aria-label={t("markCheckedLabel", { name: offer.name })}
                      className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand"
                    >
                      {t("markChecked")}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
