"use client";

import { useTranslations } from "next-intl";
import type { OfferFormValues } from "@/lib/admin/form-data";
import { weekdays } from "@/lib/admin/offer-rules";
import { AdminField } from "@/components/admin/admin-field";

type Props = { values: OfferFormValues; error: (path: string) => string | undefined };

const blankHours = (weekday: number) => ({ weekday: String(weekday), opens: "", closes: "", note: "" });

// Weekly hours grouped by weekday, each with one spare row, and exceptions with one
// spare row: adding works without JavaScript, clearing a row deletes it.
export function AdminOfferHours({ values, error }: Props) {
  const t = useTranslations("AdminEdit");
  const day = useTranslations("Weekday");
  const rows = values.hours.map((row, index) => ({ row, index }));
  let next = values.hours.length;
  const exceptions = [...values.exceptions, { date: "", closed: "", opens: "", closes: "", note: "" }];
  return (
    <>
      <fieldset className="mt-8">
        <legend className="text-2xl font-bold">{t("sectionHours")}</legend>
        <p className="mt-2 text-muted">{t("hoursHint")}</p>
        {weekdays.map((weekday) => {
          const own = rows.filter(({ row }) => row.weekday === String(weekday));
          const all = [...own, { row: blankHours(weekday), index: next++ }];
          return (
            <fieldset key={weekday} className="mt-4 border-s-4 border-line ps-4">
              <legend className="text-xl font-bold">{day(String(weekday) as "1")}</legend>
              {all.map(({ row, index }, number) => (
                <div
                  key={index}
                  role="group"
                  aria-label={t("range", { day: day(String(weekday) as "1"), number: number + 1 })}
                  className="flex flex-wrap gap-x-4"
                >
                  <input type="hidden" name="hour" value={index} />
                  <input type="hidden" name={`hours.${index}.weekday`} value={weekday} />
                  {(["opens", "closes", "note"] as const).map((field) => (
                    <div key={field} className={field === "note" ? "grow" : "w-32"}>
                      <AdminField
                        id={`offer-hours-${index}-${field}`}
                        name={`hours.${index}.${field}`}
                        label={`${t(field)} (${t("range", { day: day(String(weekday) as "1"), number: number + 1 })})`}
                        defaultValue={row[field]}
                        error={error(`hours.${index}.${field}`)}
                        autoComplete="off"
                        maxLength={field === "note" ? 200 : 5}
                      />
                    </div>
                  ))}
                </div>
              ))}
            </fieldset>
          );
        })}
      </fieldset>
      <fieldset className="mt-8">
        <legend className="text-2xl font-bold">{t("sectionExceptions")}</legend>
        <p className="mt-2 text-muted">{t("exceptionsHint")}</p>
        {exceptions.map((row, index) => {
          const label = index < values.exceptions.length ? t("exception", { number: index + 1 }) : t("newException");
          return (
            <fieldset key={index} className="mt-4 border-s-4 border-line ps-4">
              <legend className="text-xl font-bold">{label}</legend>
              <input type="hidden" name="exception" value={index} />
              <AdminField
                id={`offer-exceptions-${index}-date`}
                name={`exceptions.${index}.date`}
                label={t("date")}
                type="date"
                defaultValue={row.date}
                error={error(`exceptions.${index}.date`)}
              />
              <label className="mt-4 flex min-h-11 items-center gap-3">
                <input type="checkbox" name={`exceptions.${index}.closed`} defaultChecked={row.closed === "on"} className="size-6" />
                {t("closed")}
              </label>
              {(["opens", "closes", "note"] as const).map((field) => (
                <AdminField
                  key={field}
                  id={`offer-exceptions-${index}-${field}`}
                  name={`exceptions.${index}.${field}`}
                  label={t(field)}
                  defaultValue={row[field]}
                  error={error(`exceptions.${index}.${field}`)}
                  autoComplete="off"
                />
              ))}
            </fieldset>
          );
        })}
      </fieldset>
    </>
  );
}
