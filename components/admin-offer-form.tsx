"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { OfferFormValues } from "@/lib/admin/form-data";
import type { OfferFormState } from "@/lib/admin/form-state";
import type { OfferForEdit } from "@/lib/admin/types";
import { AdminField } from "./admin-field";
import { AdminFormErrors } from "./admin-form-errors";
import { AdminOfferConflict } from "./admin-offer-conflict";
import { contactFieldOrder, offerFieldOrder, contactLabelKeys, toContactRows } from "./admin-offer-fields";

type Props = {
  action: (state: OfferFormState, form: FormData) => Promise<OfferFormState>;
  offer: OfferForEdit;
  locale: string;
  /** A PROVIDER_EDITOR's save becomes a change request: the button says so. */
  reviewed: boolean;
};

function toFormValues(offer: OfferForEdit): OfferFormValues {
  const text = (v: string | null) => v ?? "";
  return {
    ...(Object.fromEntries(offerFieldOrder.map((f) => [f, text(offer[f])])) as Record<(typeof offerFieldOrder)[number], string>),
    contacts: offer.contacts.map((c) => ({
      id: c.id ?? "",
      name: text(c.name),
      role: text(c.role),
      department: text(c.department),
      phone: text(c.phone),
      email: text(c.email),
      remove: "",
    })),
  };
}

const inputTypes: Partial<Record<string, "email" | "tel" | "url">> = { email: "email", phone: "tel", website: "url" };
const multiline = new Set(["summary", "description"]);
const requiredFields = new Set(["name", "summary", "description"]);

export function AdminOfferForm({ action, offer, locale, reviewed }: Props) {
  const t = useTranslations("Admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values = state.status === "error" || state.status === "conflict" ? state.values : toFormValues(offer);
  const version = state.status === "conflict" ? state.current.version : offer.version;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorText = (path: string) => (errors[path] ? t(`errors.${errors[path]}`) : undefined);
  const rows = toContactRows(values);

  const summary: [string, string][] = Object.keys(errors).flatMap((path) => {
    const parts = path.split(".");
    if (parts[0] === "contacts" && parts.length === 3) {
      const label = `${t("edit.contact", { number: Number(parts[1]) + 1 })}, ${t(`edit.${contactLabelKeys[parts[2] as (typeof contactFieldOrder)[number]] ?? "contactName"}`)}`;
      return [[`offer-contacts-${parts[1]}-${parts[2]}`, `${label}: ${errorText(path)}`] as [string, string]];
    }
    const field = offerFieldOrder.find((f) => f === path);
    if (field) return [[`offer-${field}`, `${t(`edit.${field}`)}: ${errorText(path)}`] as [string, string]];
    return [];
  });

  return (
    <>
      {state.status === "submitted" ? (
        <p role="status" className="mt-6 rounded border-4 border-brand p-4 font-bold">
          {t("edit.submitted")}
        </p>
      ) : null}
      {state.status === "error" ? (
        <AdminFormErrors heading={t("formErrors.heading")} message={t(`formErrors.${state.formError}`)} fields={summary} stamp={state.stamp} />
      ) : null}
      {state.status === "conflict" ? <AdminOfferConflict mine={values} theirs={state.current} /> : null}
      {state.status === "conflict" ? <h2 className="mt-8 text-2xl">{t("conflict.formHeading")}</h2> : null}
      <form key={state.status === "idle" ? "initial" : state.stamp} action={formAction} noValidate className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="offerId" value={offer.id} />
        <input type="hidden" name="version" value={version} />
        <fieldset className="mt-6">
          <legend className="text-2xl font-bold">{t("edit.sectionMain")}</legend>
          {(["name", "summary", "description"] as const).map((field) => (
            <AdminField
              key={field}
              id={`offer-${field}`}
              name={field}
              label={t(`edit.${field}`)}
              defaultValue={values[field]}
              error={errorText(field)}
              multiline={multiline.has(field)}
              rows={field === "description" ? 10 : 3}
              required={requiredFields.has(field)}
              requiredLabel={t("edit.required")}
              lang="de"
            />
          ))}
        </fieldset>
        <fieldset className="mt-8">
          <legend className="text-2xl font-bold">{t("edit.sectionAddress")}</legend>
          {(["street", "postcode", "locality", "phone", "email", "website"] as const).map((field) => (
            <AdminField
              key={field}
              id={`offer-${field}`}
              name={field}
              label={t(`edit.${field}`)}
              type={inputTypes[field] ?? "text"}
              defaultValue={values[field]}
              error={errorText(field)}
              hint={field === "website" ? t("edit.websiteHint") : undefined}
              autoComplete="off"
            />
          ))}
        </fieldset>
        <fieldset className="mt-8">
          <legend className="text-2xl font-bold">{t("edit.sectionContacts")}</legend>
          {rows.map((contact, index) => (
            <fieldset key={index} className="mt-4 border-s-4 border-line ps-4">
              <legend className="text-xl font-bold">{contact.id ? t("edit.contact", { number: index + 1 }) : t("edit.newContact")}</legend>
              <input type="hidden" name="contact" value={index} />
              <input type="hidden" name={`contacts.${index}.id`} value={contact.id} />
              {contactFieldOrder.map((field) => (
                <AdminField
                  key={field}
                  id={`offer-contacts-${index}-${field}`}
                  name={`contacts.${index}.${field}`}
                  label={t(`edit.${contactLabelKeys[field]}`)}
                  type={inputTypes[field] ?? "text"}
                  defaultValue={contact[field]}
                  error={errorText(`contacts.${index}.${field}`)}
                  autoComplete="off"
                />
              ))}
              {contact.id ? (
                <label className="mt-4 flex min-h-11 items-center gap-3">
                  <input type="checkbox" name={`contacts.${index}.remove`} defaultChecked={contact.remove === "on"} className="size-6" />
                  {t("edit.removeContact")}
                </label>
              ) : null}
            </fieldset>
          ))}
        </fieldset>
        <button type="submit" disabled={pending} className="mt-8 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {reviewed ? t("edit.submitForReview") : t("edit.save")}
        </button>
      </form>
    </>
  );
}
