import { getTranslations } from "next-intl/server";
import type { DiffRow } from "@/lib/admin/review/diff";

const knownFields = new Set([
  "name",
  "summary",
  "description",
  "street",
  "postcode",
  "locality",
  "phone",
  "email",
  "website",
  "contacts",
  "typeId",
  "providerId",
  "status",
  "servesWholeCity",
  "districtIds",
  "latitude",
  "longitude",
  "languages",
  "accessibilityIds",
  "targetGroupIds",
  "handlungsfeldIds",
  "freeOfCharge",
  "periodFrom",
  "periodUntil",
  "costNote",
  "sourceDocument",
  "sourceSection",
  "hours",
  "exceptions",
]);

/** Before and after side by side; changed rows are marked in words, not only by colour. */
export async function AdminRevisionDiff({ rows, showUnchanged }: { rows: DiffRow[]; showUnchanged: boolean }) {
  const t = await getTranslations("AdminReview");
  const label = (field: string) => (knownFields.has(field) ? t(`fields.${field as "name"}`) : field);
  const cell = (value: string) => {
    if (value === "") return <span className="text-muted">{t("diff.empty")}</span>;
    if (value === "true" || value === "false") return t(value === "true" ? "diff.yes" : "diff.no");
    return value;
  };
  const shown = showUnchanged ? rows : rows.filter((row) => row.changed);
  if (shown.length === 0) return <p className="mt-6">{t("noChanges")}</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="text-start font-bold">{t("diffCaption")}</caption>
        <thead>
          <tr>
            {(["field", "before", "after"] as const).map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(`diff.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.field} className={row.changed ? "bg-brand/10" : undefined}>
              <th scope="row" className="border-b border-line p-2 text-start align-top">
                {label(row.field)}
                {row.changed ? <span className="block font-normal">{t("diff.changed")}</span> : null}
              </th>
              <td className="border-b border-line p-2 align-top whitespace-pre-line" lang="de">
                {cell(row.before)}
              </td>
              <td className="border-b border-line p-2 align-top whitespace-pre-line" lang="de">
                {cell(row.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
