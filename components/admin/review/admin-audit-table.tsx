import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AuditEntryView } from "@/lib/admin/types";

// Labels added with the review and history feature live in its own namespace.
const historyActions = new Set(["offer_create", "offer_verify", "offer_export", "offer_translate", "revision_approve", "revision_reject"]);

const knownActions = new Set([
  "offer_update",
  "offer_submit",
  "user_create",
  "user_invite",
  "user_setPassword",
  "user_unlockSignIn",
  "session_create",
  "session_delete",
  "session_deleteAll",
]);

function formatJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}

type Props = {
  entries: AuditEntryView[];
  /** An extra last column (the per-record history puts its restore buttons there). */
  extra?: { heading: string; cell: (entry: AuditEntryView) => ReactNode };
};

export async function AdminAuditTable({ entries, extra }: Props) {
  const t = await getTranslations("Admin.audit");
  const tHistory = await getTranslations("AdminHistory");
  const format = await getFormatter();
  const actionLabel = (action: string) => {
    const key = action.replace(".", "_");
    if (historyActions.has(key)) return tHistory(`actions.${key as "offer_create"}`);
    return knownActions.has(key) ? t(`actions.${key as "offer_update"}`) : action;
  };
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <thead>
          <tr>
            {(["time", "actor", "action", "entity", "ip", "changes"] as const).map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(column)}
              </th>
            ))}
            {extra ? (
              <th scope="col" className="border-b-2 border-ink p-2 text-start">
                {extra.heading}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const before = formatJson(entry.before);
            const after = formatJson(entry.after);
            return (
              <tr key={entry.id}>
                <td className="border-b border-line p-2 align-top">
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </td>
                <td className="border-b border-line p-2 align-top">{entry.actorEmail ?? t("system")}</td>
                <td className="border-b border-line p-2 align-top">{actionLabel(entry.action)}</td>
                <td className="border-b border-line p-2 align-top">
                  {t(`types.${entry.entityType as "offer"}`)}
                  {entry.entityId ? <span className="block break-all text-muted">{entry.entityId}</span> : null}
                </td>
                <td className="border-b border-line p-2 align-top">{entry.ip ?? "–"}</td>
                <td className="border-b border-line p-2 align-top">
                  {before || after ? (
                    <details>
                      <summary className="min-h-11 cursor-pointer py-2">{t("changes")}</summary>
                      {before ? (
                        <>
                          <p className="font-bold">{t("before")}</p>
                          <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-base">{before}</pre>
                        </>
                      ) : null}
                      {after ? (
                        <>
                          <p className="font-bold">{t("after")}</p>
                          <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-base">{after}</pre>
                        </>
                      ) : null}
                    </details>
                  ) : (
                    "–"
                  )}
                </td>
                {extra ? <td className="border-b border-line p-2 align-top">{extra.cell(entry)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
