"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { DistrictFormState } from "@/lib/admin/districts/schema";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = {
  /** When given, the form sits folded under this summary, unfolded again after a failed try. */
  summary?: string;
  action: (state: DistrictFormState, form: FormData) => Promise<DistrictFormState>;
  locale: string;
  formId: string;
  /** cityId for a new district, districtId for a rename. */
  target: { name: "cityId" | "districtId"; value: string };
  defaultName: string;
  label: string;
  submitLabel: string;
};

export function AdminDistrictForm({ summary, action, locale, formId, target, defaultName, label, submitLabel }: Props) {
  const t = useTranslations("AdminMasterData");
  const tAdmin = useTranslations("Admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const inputId = `${formId}-name`;
  const error =
    state.status !== "error"
      ? undefined
      : state.formError === "taken"
        ? t("formErrors.taken")
        : state.fieldErrors.name
          ? tAdmin(`errors.${state.fieldErrors.name}`)
          : undefined;
  const form = (
    <form action={formAction} noValidate>
      {state.status === "error" ? (
        <AdminFormErrors
          heading={t("errorHeading")}
          message={t(`formErrors.${state.formError}`)}
          fields={error ? [[inputId, `${label}: ${error}`]] : []}
          stamp={state.stamp}
        />
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={target.name} value={target.value} />
      <AdminField
        id={inputId}
        name="name"
        label={label}
        defaultValue={state.status === "error" ? state.name : defaultName}
        error={error}
        required
        requiredLabel={t("required")}
        maxLength={120}
      />
      <button type="submit" disabled={pending} className="mt-4 min-h-11 rounded bg-brand px-5 font-bold text-paper">
        {submitLabel}
      </button>
    </form>
  );
  if (!summary) return form;
  return (
    <details className="mt-2" open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center">{summary}</summary>
      {form}
    </details>
  );
}
