"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ProviderFormState, ProviderFormValues, ProviderKindValue, UmbrellaValue } from "@/lib/admin/providers/schema";
import type { ScopeOption } from "@/lib/admin/types";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = {
  /** When given, the form sits folded under this summary, unfolded again after a failed try. */
  summary?: string;
  action: (state: ProviderFormState, form: FormData) => Promise<ProviderFormState>;
  locale: string;
  /** Unique per form on the page: ids of inputs are built from it. */
  formId: string;
  /** null: the create form. */
  provider: ({ id: string; version: number } & ProviderFormValues) | null;
  cities: ScopeOption[];
  /** Only an ADMIN may leave the city empty. */
  allowNoCity: boolean;
  kinds: readonly ProviderKindValue[];
  umbrellas: readonly UmbrellaValue[];
};

const selectClass = "mt-1 block min-h-11 w-full max-w-2xl rounded border-2 border-ink bg-paper px-3 py-2";

export function AdminProviderForm({ summary, action, locale, formId, provider, cities, allowNoCity, kinds, umbrellas }: Props) {
  const t = useTranslations("AdminMasterData");
  const tAdmin = useTranslations("Admin");
  const tKind = useTranslations("ProviderKind");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values: ProviderFormValues =
    state.status === "error"
      ? state.values
      : (provider ?? { name: "", kind: "SONSTIGE", umbrella: "", website: "", cityId: cities[0]?.id ?? "" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorText = (field: string) => (errors[field] ? tAdmin(`errors.${errors[field]}`) : undefined);
  const id = (field: string) => `${formId}-${field}`;
  const fieldList = (["name", "kind", "umbrella", "website", "cityId"] as const).flatMap((f): [string, string][] => {
    const text = errorText(f);
    return text ? [[id(f), `${t(`fields.${f}`)}: ${text}`]] : [];
  });
  const form = (
    <form action={formAction} className="mt-2" noValidate>
      {state.status === "error" ? (
        <AdminFormErrors heading={t("errorHeading")} message={t(`formErrors.${state.formError}`)} fields={fieldList} stamp={state.stamp} />
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {provider ? (
        <>
          <input type="hidden" name="providerId" value={provider.id} />
          <input type="hidden" name="version" value={provider.version} />
        </>
      ) : null}
      <AdminField
        id={id("name")}
        name="name"
        label={t("fields.name")}
        defaultValue={values.name}
        error={errorText("name")}
        required
        requiredLabel={t("required")}
        maxLength={200}
      />
      {(
        [
          ["kind", kinds.map((k) => [k, tKind(k)])],
          ["umbrella", [["", t("noUmbrella")], ...umbrellas.map((u) => [u, t(`umbrellas.${u}`)])]],
          ["cityId", [...(allowNoCity ? [["", t("noCity")]] : []), ...cities.map((c) => [c.id, c.name])]],
        ] as const
      ).map(([field, options]) => (
        <div className="mt-5" key={field}>
          <label htmlFor={id(field)} className="block font-bold">
            {t(`fields.${field}`)}
          </label>
          {errorText(field) ? (
            <p id={`${id(field)}-error`} className="mt-1 font-bold text-red-800">
              {errorText(field)}
            </p>
          ) : null}
          <select
            id={id(field)}
            name={field}
            defaultValue={values[field]}
            className={selectClass}
            aria-invalid={errorText(field) ? true : undefined}
            aria-describedby={errorText(field) ? `${id(field)}-error` : undefined}
          >
            {options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <AdminField
        id={id("website")}
        name="website"
        type="url"
        label={t("fields.website")}
        defaultValue={values.website}
        error={errorText("website")}
        maxLength={500}
      />
      <button type="submit" disabled={pending} className="mt-6 min-h-11 rounded bg-brand px-5 font-bold text-paper">
        {provider ? t("save") : t("create")}
      </button>
    </form>
  );
  if (!summary) return form;
  return (
    <details className="mt-2" open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold">{summary}</summary>
      {form}
    </details>
  );
}
