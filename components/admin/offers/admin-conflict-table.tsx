import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type ConflictRow = { key: string; label: string; differs: boolean; yours: ReactNode; theirs: ReactNode };

/** One table of a conflict notice: each field with what the editor typed beside what was saved meanwhile. */
export function AdminConflictTable({ caption, version, rows }: { caption: string; version: number; rows: ConflictRow[] }) {
  const t = useTranslations("Admin");
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-start">
        <caption className="text-start font-bold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-ink p-2 text-start">
              {t("conflict.field")}
            </th>
            <th scope="col" className="border-b-2 border-ink p-2 text-start">
              {t("conflict.yours")}
            </th>
            <th scope="col" className="border-b-2 border-ink p-2 text-start">
              {t("conflict.theirs", { version })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.differs ? "bg-accent" : undefined}>
              <th scope="row" className="border-b border-line p-2 text-start align-top">
                {row.label}
                {row.differs ? <span className="block font-normal">({t("conflict.differs")})</span> : null}
              </th>
              <td className="border-b border-line p-2 align-top">{row.yours}</td>
              <td className="border-b border-line p-2 align-top">{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A value in a conflict table; an empty one says so. */
export function ConflictCell({ value, lang }: { value: string | null | undefined; lang?: string }) {
  const t = useTranslations("Admin");
  return value ? (
    <span lang={lang} className="whitespace-pre-line">
      {value}
    </span>
  ) : (
    <span className="text-muted">{t("conflict.empty")}</span>
  );
}
