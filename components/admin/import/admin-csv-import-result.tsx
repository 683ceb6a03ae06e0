"use client";

import { useTranslations } from "next-intl";
import type { PlannedRowSummary } from "@/lib/admin/csv/form-state";
import type { RowError } from "@/lib/admin/csv/plan";
import { importErrorCodes } from "@/lib/admin/csv/codes";
import type { ImportErrorCode } from "@/lib/admin/csv/codes";
import type { ErrorCode } from "@/lib/admin/text-rules";

const cell = "border-b border-line p-2 align-top";
const head = "border-b-2 border-ink p-2 text-start";

function isImportErrorCode(code: string): code is ImportErrorCode {
  return (importErrorCodes as readonly string[]).includes(code);
}

export function AdminCsvRowErrors({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const t = useTranslations("AdminImport");
  const tAdmin = useTranslations("Admin");
  const message = (code: RowError["code"]) => (isImportErrorCode(code) ? t(`rowErrors.${code}`) : tAdmin(`errors.${code as ErrorCode}`));
  return (
    <>
      <p className="mt-2">
        {t("rowErrorsIntro", { count: errorCount })}
        {errorCount > errors.length ? ` ${t("moreErrors", { shown: errors.length })}` : null}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="text-start font-bold">{t("errorsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={head}>
                {t("row")}
              </th>
              <th scope="col" className={head}>
                {t("column")}
              </th>
              <th scope="col" className={head}>
                {t("problem")}
              </th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.row}-${error.column}-${index}`}>
                <td className={cell}>{error.row}</td>
                <td className={cell}>{error.column ? <code lang="en">{error.column}</code> : t("wholeRow")}</td>
                <td className={cell}>{message(error.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function AdminCsvPlan({ planned }: { planned: PlannedRowSummary[] }) {
  const t = useTranslations("AdminImport");
  const count = (action: PlannedRowSummary["action"]) => planned.filter((p) => p.action === action).length;
  return (
    <>
      <p className="mt-2">{t("planIntro", { create: count("create"), update: count("update"), unchanged: count("unchanged") })}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="text-start font-bold">{t("planCaption")}</caption>
          <thead>
            <tr>
              {(["row", "action", "name", "city"] as const).map((column) => (
                <th key={column} scope="col" className={head}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {planned.map((item) => (
              <tr key={item.row}>
                <td className={cell}>{item.row}</td>
                <td className={cell}>{t(`actions.${item.action}`)}</td>
                <td className={cell} lang="de">
                  {item.name}
                </td>
                <td className={cell}>{item.cityName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
