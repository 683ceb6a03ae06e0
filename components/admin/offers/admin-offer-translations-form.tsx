"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { TranslationFormValues } from "@/lib/admin/form-data";
import type { TranslationsFormState } from "@/lib/admin/form-state";
import type { OfferTranslationsForEdit } from "@/lib/admin/types";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";
import { AdminOfferTranslationsConflict } from "@/components/admin/offers/admin-offer-translations-conflict";

type Props = {
  action: (state: TranslationsFormState, form: FormData) => Promise<TranslationsFormState>;
  offer: OfferTranslationsForEdit;
  locale: string;
  /** Names of the locales, already translated into the admin's language. */
  localeNames: Record<string, string>;
};

const fields = ["name", "summary", "description"] as const;

type StoredRow = OfferTranslationsForEdit["translations"][number];

// What staff need to know before touching a translation: is it checked, by whom, and
// was it made from the German as it is now.
function TranslationStatus({
  stored,
  labels,
}: {
  stored: StoredRow | undefined;
  labels: { outdated: string; reviewed: (who: string | null, when: string | null) => string };
}) {
  if (!stored || (!stored.name && !stored.summary && !stored.description)) return null;
  return (
    <>
      {stored.outdated ? <p className="mt-2 font-bold">{labels.outdated}</p> : null}
      {stored.reviewed ? <p className="mt-2">{labels.reviewed(stored.reviewedBy, stored.reviewedAt)}</p> : null}
    </>
  );
}

// Each locale as a block: the German text on one side, the translation beside it.
export function AdminOfferTranslationsForm({ action, offer, locale, localeNames }: Props) {
  const t = useTranslations("Admin");
  const te = useTranslations("AdminEdit");
  const format = useFormatter();
  const status = new Map(offer.translations.map((row) => [row.locale, row]));
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values: TranslationFormValues[] =
    state.status === "error" || state.status === "conflict"
      ? state.values
      : offer.translations.map((row) => ({
          locale: row.locale,
          name: row.name ?? "",
          summary: row.summary ?? "",
          description: row.description ?? "",
          reviewed: row.reviewed ? "on" : "",
        }));
  // After a conflict the form keeps what was typed and carries the version now stored,
  // so that saving again is a deliberate overwrite of what the editor has just seen.
  const version =
    state.status === "conflict"
      ? state.current.translationsVersion
      : state.status === "error" && state.version
        ? state.version
        : offer.translationsVersion;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorText = (path: string) => (errors[path] ? t(`errors.${errors[path]}`) : undefined);
  const summary: [string, string][] = Object.keys(errors).flatMap((path) => {
    const [, index, field] = path.split(".");
    const row = values[Number(index)];
    if (!row || !field) return [];
    return [
      [
        `translation-${row.locale}-${field}`,
        `${localeNames[row.locale] ?? row.locale}, ${te(field === "name" ? "translationName" : field === "summary" ? "translationSummary" : "translationDescription")}: ${errorText(path)}`,
      ] as [string, string],
    ];
  });
  return (
    <>
      {state.status === "error" ? (
        <AdminFormErrors
          heading={t("formErrors.heading")}
          message={t(`formErrors.${state.formError}`)}
          fields={summary}
          stamp={state.stamp}
        />
      ) : null}
      {state.status === "conflict" ? (
        <>
          <AdminOfferTranslationsConflict mine={values} theirs={state.current} localeNames={localeNames} stamp={state.stamp} />
          <h2 className="mt-8 text-2xl">{t("conflict.formHeading")}</h2>
        </>
      ) : null}
      <form key={state.status === "idle" ? "initial" : state.stamp} action={formAction} noValidate className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="offerId" value={offer.id} />
        <input type="hidden" name="version" value={version} />
        {values.map((row, index) => (
          <fieldset key={row.locale} className="mt-8 border-t-4 border-line pt-4">
            <legend className="text-2xl font-bold">{localeNames[row.locale] ?? row.locale}</legend>
            <TranslationStatus
              stored={status.get(row.locale)}
              labels={{
                outdated: te("translationOutdated"),
                reviewed: (who, when) =>
                  te("translationReviewedBy", {
                    who: who ?? "–",
                    date: when ? format.dateTime(new Date(when), { dateStyle: "long" }) : "–",
                  }),
              }}
            />
            <input type="hidden" name="translation" value={row.locale} />
            {fields.map((field) => (
              <div key={field} className="grid gap-x-6 lg:grid-cols-2">
                <div className="mt-5">
                  <p className="font-bold">
                    {te("german", {
                      field: te(
                        field === "name" ? "translationName" : field === "summary" ? "translationSummary" : "translationDescription",
                      ),
                    })}
                  </p>
                  <p lang="de" className="mt-1 whitespace-pre-line rounded border-2 border-line p-3">
                    {offer[field]}
                  </p>
                </div>
                <AdminField
                  id={`translation-${row.locale}-${field}`}
                  name={`translations.${row.locale}.${field}`}
                  label={`${te(field === "name" ? "translationName" : field === "summary" ? "translationSummary" : "translationDescription")} (${localeNames[row.locale] ?? row.locale})`}
                  defaultValue={row[field]}
                  error={errorText(`translations.${index}.${field}`)}
                  multiline={field !== "name"}
                  rows={field === "description" ? 8 : 3}
                  lang={row.locale === "de-x-ls" ? "de" : row.locale}
                />
              </div>
            ))}
            <label className="mt-4 flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                name={`translations.${row.locale}.reviewed`}
                defaultChecked={row.reviewed === "on"}
                className="size-6"
              />
              {te("reviewed", { language: localeNames[row.locale] ?? row.locale })}
            </label>
          </fieldset>
        ))}
        <button type="submit" disabled={pending} className="mt-8 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {te("saveTranslations")}
        </button>
      </form>
    </>
  );
}
