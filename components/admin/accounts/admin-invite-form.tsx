"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { InviteState } from "@/lib/admin/form-state";
import type { Role, ScopeOption } from "@/lib/admin/types";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = {
  action: (state: InviteState, form: FormData) => Promise<InviteState>;
  locale: string;
  roles: readonly Role[];
  cities: ScopeOption[];
  providers: ScopeOption[];
};

export function AdminInviteForm({ action, locale, roles, cities, providers }: Props) {
  const t = useTranslations("Admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? { email: "", name: "", role: "CITY_EDITOR", cityIds: [], providerIds: [] };
  const errorText = (name: string) => (error?.fieldErrors[name] ? t(`errors.${error.fieldErrors[name]}`) : undefined);
  const labels = {
    email: t("users.email"),
    name: t("users.name"),
    role: t("users.role"),
    cityIds: t("users.cities"),
    providerIds: t("users.providers"),
  };
  const summary = (Object.keys(labels) as (keyof typeof labels)[]).flatMap((name) => {
    const text = errorText(name);
    return text ? [[`invite-${name}`, `${labels[name]}: ${text}`] as [string, string]] : [];
  });
  const cityError = errorText("cityIds");
  const providerError = errorText("providerIds");
  return (
    <>
      {state.status === "invited" ? (
        <div role="status" className="mt-6 rounded border-4 border-brand p-4">
          <h3 className="text-xl">{t("users.invitedTitle", { email: state.email })}</h3>
          <p className="mt-2">{t("users.invitedLink")}</p>
          <p className="mt-2 break-all font-mono">
            <output>{state.link}</output>
          </p>
        </div>
      ) : null}
      {error ? (
        <AdminFormErrors
          heading={t("formErrors.heading")}
          message={t(`formErrors.${error.formError}`)}
          fields={summary}
          stamp={error.stamp}
        />
      ) : null}
      <form key={state.status === "idle" ? "initial" : state.stamp} action={formAction} noValidate className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <AdminField
          id="invite-email"
          name="email"
          type="email"
          label={labels.email}
          defaultValue={values.email}
          error={errorText("email")}
          required
          requiredLabel={t("edit.required")}
          autoComplete="off"
        />
        <AdminField
          id="invite-name"
          name="name"
          label={labels.name}
          defaultValue={values.name}
          error={errorText("name")}
          autoComplete="off"
        />
        <div className="mt-5">
          <label htmlFor="invite-role" className="block font-bold">
            {labels.role}
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue={values.role}
            className="mt-1 min-h-11 rounded border-2 border-ink bg-paper px-3"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="mt-5" aria-describedby={cityError ? "invite-cityIds-error" : undefined}>
          <legend className="font-bold">{labels.cityIds}</legend>
          {cityError ? (
            <p id="invite-cityIds-error" className="font-bold text-red-800">
              {cityError}
            </p>
          ) : null}
          <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
            {cities.map((city, index) => (
              <label key={city.id} className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="cityIds"
                  value={city.id}
                  id={index === 0 ? "invite-cityIds" : undefined}
                  defaultChecked={values.cityIds.includes(city.id)}
                  className="size-6"
                />
                {city.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-5">
          <label htmlFor="invite-providerIds" className="block font-bold">
            {labels.providerIds}
          </label>
          <p id="invite-providerIds-hint" className="text-muted">
            {t("users.providersHint")}
          </p>
          {providerError ? (
            <p id="invite-providerIds-error" className="font-bold text-red-800">
              {providerError}
            </p>
          ) : null}
          <select
            id="invite-providerIds"
            name="providerIds"
            multiple
            size={8}
            defaultValue={values.providerIds}
            aria-describedby={providerError ? "invite-providerIds-hint invite-providerIds-error" : "invite-providerIds-hint"}
            className="mt-1 block w-full max-w-2xl rounded border-2 border-ink bg-paper px-3"
          >
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className="mt-8 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {t("users.invite")}
        </button>
      </form>
    </>
  );
}
