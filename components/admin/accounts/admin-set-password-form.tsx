"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SetPasswordState } from "@/lib/admin/form-state";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = {
  action: (state: SetPasswordState, form: FormData) => Promise<SetPasswordState>;
  locale: string;
  token: string;
  email: string;
};

export function AdminSetPasswordForm({ action, locale, token, email }: Props) {
  const t = useTranslations("Admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  const errorText = (name: string) => (error?.fieldErrors[name] ? t(`errors.${error.fieldErrors[name]}`) : undefined);
  const labels = { password: t("setPassword.password"), confirm: t("setPassword.confirm") };
  const summary = (["password", "confirm"] as const).flatMap((name) => {
    const text = errorText(name);
    return text ? [[`set-password-${name}`, `${labels[name]}: ${text}`] as [string, string]] : [];
  });
  return (
    <>
      {error ? (
        <AdminFormErrors
          heading={t("formErrors.heading")}
          message={t(`formErrors.${error.formError}`)}
          fields={summary}
          stamp={error.stamp}
        />
      ) : null}
      <form action={formAction} noValidate className="mt-4 max-w-xl">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        {/* Lets password managers store the new password under the right account. */}
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <AdminField
          id="set-password-password"
          name="password"
          type="password"
          label={labels.password}
          hint={t("setPassword.passwordHint")}
          autoComplete="new-password"
          error={errorText("password")}
          required
          requiredLabel={t("edit.required")}
        />
        <AdminField
          id="set-password-confirm"
          name="confirm"
          type="password"
          label={labels.confirm}
          autoComplete="new-password"
          error={errorText("confirm")}
          required
          requiredLabel={t("edit.required")}
        />
        <button type="submit" disabled={pending} className="mt-6 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {t("setPassword.submit")}
        </button>
      </form>
    </>
  );
}
