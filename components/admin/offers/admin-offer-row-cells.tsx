import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Row = { id: string; name: string; cityName: string; providerName: string | null; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" };

// The cells every admin offer table starts with: the offer as row header (link to
// its edit form), city, Träger, status. Tables add their own columns after these.
export async function AdminOfferRowCells({ offer }: { offer: Row }) {
  const t = await getTranslations("Admin");
  return (
    <>
      <th scope="row" className="border-b border-line p-2 text-start font-normal">
        <Link
          href={`/admin/angebote/${offer.id}`}
          className="inline-block min-h-11 py-2"
          aria-label={t("offers.editLabel", { name: offer.name })}
        >
          <span lang="de">{offer.name}</span>
        </Link>
      </th>
      <td className="border-b border-line p-2">{offer.cityName}</td>
      <td className="border-b border-line p-2">{offer.providerName ?? "–"}</td>
      <td className="border-b border-line p-2">{t(`status.${offer.status}`)}</td>
    </>
  );
}
