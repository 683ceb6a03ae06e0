"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { CsvImportState, ImportFileError } from "@/lib/admin/csv/form-state";
import { maxCsvBytes, maxCsvRows } from "@/lib/admin/csv/limits";
import { Link } from "@/lib/i18n/navigation";
import { AdminCsvPlan, AdminCsvRowErrors } from "@/components/admin/import/admin-csv-import-result";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = { action: (state: CsvImportState, form: FormData) => Promise<CsvImportState> };

const megabytes = maxCsvBytes / (1024 * 1024);

export function AdminCsvImportForm({ action }: Props) {
  const t = useTranslations("AdminImport");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const resultRef = useRef<HTMLDivElement>(null);
  // With JavaScript, a file over the limit is refused before it is sent at all.
  const [tooLarge, setTooLarge] = useState(0);
  const stamp = state.status === "idle" ? 0 : state.stamp;
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > maxCsvBytes) {
      event.preventDefault();
      setTooLarge(Date.now());
    } else setTooLarge(0);
  };
  useEffect(() => {
    if (stamp) resultRef.current?.focus();
  }, [stamp]);

  const fileErrorText = (error: ImportFileError) =>
    t(`fileErrors.${error.code}`, {
      megabytes,
      rows: maxCsvRows,
      column: "column" in error ? (error.column ?? "") : "",
      line: "line" in error ? (error.line ?? 1) : 1,
    });

  return (
    <>
      {tooLarge ? (
        <AdminFormErrors heading={t("fileErrorHeading")} message={t("fileErrors.tooLarge", { megabytes })} fields={[]} stamp={tooLarge} />
      ) : state.status === "fileError" ? (
        <AdminFormErrors heading={t("fileErrorHeading")} message={fileErrorText(state.error)} fields={[]} stamp={state.stamp} />
      ) : null}
      {state.status === "imported" ? (
        <div ref={resultRef} tabIndex={-1} role="status" className="mt-6 rounded border-4 border-brand p-4">
          <p className="font-bold">{t("imported", { created: state.created, updated: state.updated, unchanged: state.unchanged })}</p>
          <p className="mt-2">
            <Link href="/admin/angebote" className="inline-flex min-h-11 items-center">
              {t("toList")}
            </Link>
          </p>
        </div>
      ) : null}
      {state.status === "checked" ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          className={`mt-6 rounded border-4 p-4 ${state.errorCount > 0 ? "border-red-800" : "border-brand"}`}
        >
          <h3 className="text-xl">{t("resultHeading", { file: state.fileName })}</h3>
          {state.errorCount > 0 ? (
            <AdminCsvRowErrors errors={state.errors} errorCount={state.errorCount} />
          ) : (
            <>
              <p className="mt-2 font-bold">{t("nothingSaved")}</p>
              <AdminCsvPlan planned={state.planned} />
              {state.csv === null ? (
                <p className="mt-4">{t("nothingToDo")}</p>
              ) : (
                <form action={formAction} className="mt-6">
                  <input type="hidden" name="step" value="import" />
                  <input type="hidden" name="fileName" value={state.fileName} />
                  <input type="hidden" name="csv" value={state.csv} />
                  <button
                    type="submit"
                    disabled={pending}
                    className="min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark"
                  >
                    {t("confirm")}
                  </button>
                </form>
              )}
            </>
          )}
        </div>
      ) : null}
      <form key={stamp} action={formAction} onSubmit={checkSize} className="mt-6">
        <input type="hidden" name="step" value="check" />
        <div>
          <label htmlFor="csv-file" className="block font-bold">
            {t("fileLabel")}
          </label>
          <p id="csv-file-hint" className="max-w-3xl text-muted">
            {t("formatHint", { rows: maxCsvRows, megabytes })}
          </p>
          <input
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="csv-file-hint"
            className="mt-2 block min-h-11 max-w-full rounded border-2 border-ink bg-paper p-2"
          />
        </div>
        <button type="submit" disabled={pending} className="mt-4 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {t("check")}
        </button>
      </form>
    </>
  );
}
