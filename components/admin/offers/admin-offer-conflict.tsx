import { useTranslations } from "next-intl";
import type { OfferFormValues } from "@/lib/admin/form-data";
import type { OfferForEdit } from "@/lib/admin/types";
import { offerFieldOrder } from "@/components/admin/offers/admin-offer-fields";

type Props = { mine: OfferFormValues; theirs: OfferForEdit };

function describeContacts(contacts: { name: string | null; role: string | null; phone: string | null; email: string | null }[]): string[] {
  return contacts.map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(", ")).filter(Boolean);
}

// Both versions side by side, so the editor can see what the other person changed.
export function AdminOfferConflict({ mine, theirs }: Props) {
  const t = useTranslations("Admin");
  const cell = (value: string | null | undefined) =>
    value ? <span className="whitespace-pre-line">{value}</span> : <span className="text-muted">{t("conflict.empty")}</span>;
  const mineContacts = describeContacts(mine.contacts.filter((c) => c.remove !== "on"));
  const theirContacts = describeContacts(theirs.contacts);
  return (
    <section aria-labelledby="conflict-heading" className="mt-6 rounded border-4 border-red-800 p-4">
      <h2 id="conflict-heading" className="text-2xl" tabIndex={-1}>
        {t("conflict.title")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("conflict.intro")}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="text-start font-bold">{t("conflict.compareCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2 text-start">
                {t("conflict.field")}
              </th>
              <th scope="col" className="border-b-2 border-ink p-2 text-start">
                {t("conflict.yours")}
              </th>
              <th scope="col" className="border-b-2 border-ink p-2 text-start">
                {t("conflict.theirs", { version: theirs.version })}
              </th>
            </tr>
          </thead>
          <tbody>
            {offerFieldOrder.map((field) => {
              const differs = (mine[field] ?? "").trim() !== (theirs[field] ?? "");
              return (
                <tr key={field} className={differs ? "bg-accent" : undefined}>
                  <th scope="row" className="border-b border-line p-2 text-start align-top">
                    {t(`edit.${field}`)}
                    {differs ? <span className="block font-normal">({t("conflict.differs")})</span> : null}
                  </th>
                  <td className="border-b border-line p-2 align-top">{cell(mine[field])}</td>
                  <td className="border-b border-line p-2 align-top">{cell(theirs[field])}</td>
                </tr>
              );
            })}
            <tr className={mineContacts.join("|") !== theirContacts.join("|") ? "bg-accent" : undefined}>
              <th scope="row" className="border-b border-line p-2 text-start align-top">
                {t("conflict.contacts")}
                {mineContacts.join("|") !== theirContacts.join("|") ? (
                  <span className="block font-normal">({t("conflict.differs")})</span>
                ) : null}
              </th>
              <td className="border-b border-line p-2 align-top">
                {mineContacts.length ? mineContacts.map((c) => <p key={c}>{c}</p>) : cell(null)}
              </td>
              <td className="border-b border-line p-2 align-top">
                {theirContacts.length ? theirContacts.map((c) => <p key={c}>{c}</p>) : cell(null)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
