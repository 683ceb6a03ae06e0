"use client";

import { useTranslations } from "next-intl";
import type { OfferFormValues } from "@/lib/admin/form-data";
import { AdminField } from "@/components/admin/admin-field";
import { contactFieldOrder, contactLabelKeys } from "@/components/admin/offers/admin-offer-fields";

const inputTypes: Partial<Record<string, "email" | "tel" | "url">> = { email: "email", phone: "tel" };

/** The offer form's contact editor: the posted or saved rows plus one blank row, so that adding works without JavaScript. */
export function AdminOfferContacts({ rows, error }: { rows: OfferFormValues["contacts"]; error: (path: string) => string | undefined }) {
  const t = useTranslations("Admin");
  const errorText = error;
  return (
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
  );
}
