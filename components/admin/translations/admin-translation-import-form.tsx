"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { ImportAction, ImportPlan } from "@/lib/admin/translations/exchange-mutations";
import type { TranslationImportState } from "@/lib/admin/translations/exchange-state";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = {
  action: (state: TranslationImportState, form: FormData) => Promise<TranslationImportState>;
  /** The language the file must be for. */
  target: string;
  languageName: string;
};

const shownActions: ImportAction[] = ["new", "changed", "unchanged", "outdated", "unknown", "tooLong", "empty"];

function Plan({ plan }: { plan: ImportPlan }) {
  const t = useTranslations("AdminTranslations");
  return (
    <ul className="mt-3 list-disc space-y-1 ps-6">
      {shownActions.map((action) => {
        const items = plan.items.filter((i) => i.action === action);
        if (items.length === 0) return null;
        return (
          <li key={action}>
            {t(`import.actions.${action}`, { count: items.length })}
            {action !== "unchanged" ? (
              <ul className="list-[circle] ps-6">
                {items.slice(0, 50).map((item) => (
                  <li key={item.slug} lang="de">
                    {item.name ?? item.slug}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

// Upload an agency's XLIFF: first a dry run that writes nothing, then the import.
export function AdminTranslationImportForm({ action, target, languageName }: Props) {
  const t = useTranslations("AdminTranslations");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const resultRef = useRef<HTMLDivElement>(null);
  const stamp = state.status === "idle" ? 0 : state.stamp;
  useEffect(() => {
    if (stamp) resultRef.current?.focus();
  }, [stamp]);
  return (
    <>
      {state.status === "fileError" ? (
        <AdminFormErrors heading={t("import.errorHeading")} message={t(`import.errors.${state.error}`)} fields={[]} stamp={state.stamp} />
      ) : null}
      {state.status === "imported" ? (
        <div ref={resultRef} tabIndex={-1} role="status" className="mt-6 rounded border-4 border-brand p-4">
          <p className="font-bold">{t("import.imported", { count: state.plan.writable })}</p>
          <Plan plan={state.plan} />
        </div>
      ) : null}
      {state.status === "checked" ? (
        <div ref={resultRef} tabIndex={-1} className="mt-6 rounded border-4 border-brand p-4">
          <h3 className="text-xl">{t("import.resultHeading", { file: state.fileName })}</h3>
          <p className="mt-2 font-bold">{t("import.nothingSaved")}</p>
          <Plan plan={state.plan} />
          {state.xml === null ? (
            <p className="mt-4">{t("import.nothingToDo")}</p>
          ) : (
            <form action={formAction} className="mt-6">
              <input type="hidden" name="step" value="import" />
              <input type="hidden" name="sprache" value={target} />
              <input type="hidden" name="fileName" value={state.fileName} />
              <input type="hidden" name="xml" value={state.xml} />
              <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
                {t("import.confirm", { count: state.plan.writable })}
              </button>
            </form>
          )}
        </div>
      ) : null}
      <form action={formAction} encType="multipart/form-data" className="mt-4">
        <input type="hidden" name="step" value="check" />
        <input type="hidden" name="sprache" value={target} />
        <label htmlFor="translation-file" className="block font-bold">
          {t("import.fileLabel", { language: languageName })}
        </label>
        <input
          id="translation-file"
          name="file"
          type="file"
          accept=".xlf,.xliff,application/xliff+xml,text/xml"
          className="mt-2 block min-h-11"
        />
        <button type="submit" disabled={pending} className="mt-4 min-h-11 rounded border-2 border-brand px-6 font-bold text-brand">
          {t("import.check")}
        </button>
      </form>
    </>
  );
}
