"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SignInState } from "@/lib/admin/form-state";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";

type Props = { action: (state: SignInState, form: FormData) => Promise<SignInState>; locale: string };

export function AdminSignInForm({ action, locale }: Props) {
  const t = useTranslations("Admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  const fieldError = (name: string) => (error?.fieldErrors[name] ? t(`errors.${error.fieldErrors[name]}`) : undefined);
  const message = error
    ? error.formError === "throttled"
      ? t("formErrors.throttled", { minutes: error.retryAfterMinutes ?? 15 })
      : t(`formErrors.${error.formError}`)
    : "";
  const fields: [string, string][] = error
    ? (["email", "password"] as const).flatMap((name) => {
        const text = fieldError(name);
        return text ? [[`sign-in-${name}`, `${t(`signIn.${name}`)}: ${text}`] as [string, string]] : [];
      })
    : [];
  return (
    <>
      {error ? <AdminFormErrors heading={t("formErrors.heading")} message={message} fields={fields} stamp={error.stamp} /> : null}
      <form key={error?.stamp ?? "initial"} action={formAction} noValidate className="mt-4 max-w-xl">
        <input type="hidden" name="locale" value={locale} />
        <AdminField
          id="sign-in-email"
          name="email"
          type="email"
          label={t("signIn.email")}
          autoComplete="username"
          defaultValue={error?.email ?? ""}
          error={fieldError("email")}
          maxLength={254}
          required
        />
        {/* The password is never sent back: after an error it is typed again. */}
        <AdminField
          id="sign-in-password"
          name="password"
          type="password"
          label={t("signIn.password")}
          autoComplete="current-password"
          error={fieldError("password")}
          required
        />
        <button type="submit" disabled={pending} className="mt-6 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {t("signIn.submit")}
        </button>
      </form>
    </>
  );
}
