import { useTranslations } from "next-intl";
import type { OfferFormValues } from "@/lib/admin/form-data";
import type { OfferForEdit } from "@/lib/admin/types";
import { AdminConflictTable, ConflictCell } from "@/components/admin/offers/admin-conflict-table";
import type { ConflictRow } from "@/components/admin/offers/admin-conflict-table";
import { offerFieldOrder } from "@/components/admin/offers/admin-offer-fields";

type Props = { mine: OfferFormValues; theirs: OfferForEdit };

function describeContacts(contacts: { name: string | null; role: string | null; phone: string | null; email: string | null }[]): string[] {
  return contacts.map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(", ")).filter(Boolean);
}

// Both versions side by side, so the editor can see what the other person changed.
export function AdminOfferConflict({ mine, theirs }: Props) {
  const t = useTranslations("Admin");
  const mineContacts = describeContacts(mine.contacts.filter((c) => c.remove !== "on"));
  const theirContacts = describeContacts(theirs.contacts);
  const contactList = (contacts: string[]) => (contacts.length ? contacts.map((c) => <p key={c}>{c}</p>) : <ConflictCell value={null} />);
  const rows: ConflictRow[] = [
    ...offerFieldOrder.map((field) => ({
      key: field,
      label: t(`edit.${field}`),
      differs: (mine[field] ?? "").trim() !== (theirs[field] ?? ""),
      yours: <ConflictCell value={mine[field]} />,
      theirs: <ConflictCell value={theirs[field]} />,
    })),
    {
      key: "contacts",
      label: t("conflict.contacts"),
      differs: mineContacts.join("|") !== theirContacts.join("|"),
      yours: contactList(mineContacts),
      theirs: contactList(theirContacts),
    },
  ];
  return (
    <section aria-labelledby="conflict-heading" className="mt-6 rounded border-4 border-red-800 p-4">
      <h2 id="conflict-heading" className="text-2xl" tabIndex={-1}>
        {t("conflict.title")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("conflict.intro")}</p>
      <AdminConflictTable caption={t("conflict.compareCaption")} version={theirs.version} rows={rows} />
    </section>
  );
}
