"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { OfferFormState } from "@/lib/admin/form-state";
import { offerLanguages, offerStatuses } from "@/lib/admin/offer-rules";
import type { OfferEditOptions, OfferForEdit } from "@/lib/admin/types";
import { AdminField } from "@/components/admin/admin-field";
import { AdminFormErrors } from "@/components/admin/admin-form-errors";
import { AdminOfferChoices } from "@/components/admin/offers/admin-offer-choices";
import { AdminOfferConflict } from "@/components/admin/offers/admin-offer-conflict";
import { AdminOfferContacts } from "@/components/admin/offers/admin-offer-contacts";
import { AdminOfferPeriod } from "@/components/admin/offers/admin-offer-period";
import { AdminOfferHours } from "@/components/admin/offers/admin-offer-hours";
import type { contactFieldOrder } from "@/components/admin/offers/admin-offer-fields";
import { offerFieldOrder, contactLabelKeys, toContactRows } from "@/components/admin/offers/admin-offer-fields";
import { toBlankValues, toFormValues } from "@/components/admin/offers/offer-form-values";

type Props = {
  action: (state: OfferFormState, form: FormData) => Promise<OfferFormState>;
  /** null: a new offer in the city `cityId`. */
  offer: OfferForEdit | null;
  cityId?: string;
  locale: string;
  options: OfferEditOptions;
  /** A PROVIDER_EDITOR's save becomes a change request: the button says so. */
  reviewed: boolean;
};

const inputTypes: Partial<Record<string, "email" | "tel" | "url">> = { email: "email", phone: "tel", website: "url" };
const multiline = new Set(["summary", "description"]);
const requiredFields = new Set(["name", "summary", "description"]);
const extraLabels: Record<
  string,
  | "latitude"
  | "longitude"
  | "costNote"
  | "sourceDocument"
  | "sourceSection"
  | "periodFrom"
  | "periodUntil"
  | "sectionHours"
  | "sectionExceptions"
  | "type"
  | "provider"
  | "districts"
  | "languages"
> = {
  latitude: "latitude",
  longitude: "longitude",
  costNote: "costNote",
  sourceDocument: "sourceDocument",
  sourceSection: "sourceSection",
  periodFrom: "periodFrom",
  periodUntil: "periodUntil",
  hours: "sectionHours",
  exceptions: "sectionExceptions",
  typeId: "type",
  providerId: "provider",
  districtIds: "districts",
  languages: "languages",
};
const selectClass = "mt-1 block min-h-11 w-full max-w-2xl rounded border-2 border-ink bg-paper px-3 py-2";

export function AdminOfferForm({ action, offer, cityId, locale, options, reviewed }: Props) {
  const t = useTranslations("Admin");
  const te = useTranslations("AdminEdit");
  const languageNames = new Intl.DisplayNames([locale === "de-x-ls" ? "de" : locale], { type: "language" });
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values =
    state.status === "error" || state.status === "conflict" ? state.values : offer ? toFormValues(offer) : toBlankValues(options);
  const version = state.status === "conflict" ? state.current.version : offer?.version;
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
    const extra = extraLabels[parts[0]!];
    if (extra) return [[`offer-${path.replaceAll(".", "-")}`, `${te(extra)}: ${errorText(path)}`] as [string, string]];
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
        <AdminFormErrors
          heading={t("formErrors.heading")}
          message={t(`formErrors.${state.formError}`)}
          fields={summary}
          stamp={state.stamp}
        />
      ) : null}
      {state.status === "conflict" ? <AdminOfferConflict mine={values} theirs={state.current} /> : null}
      {state.status === "conflict" ? <h2 className="mt-8 text-2xl">{t("conflict.formHeading")}</h2> : null}
      <form key={state.status === "idle" ? "initial" : state.stamp} action={formAction} noValidate className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        {offer ? (
          <>
            <input type="hidden" name="offerId" value={offer.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : (
          <input type="hidden" name="cityId" value={cityId} />
        )}
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
          <legend className="text-2xl font-bold">{te("sectionKind")}</legend>
          <div className="mt-5">
            <label htmlFor="offer-typeId" className="block font-bold">
              {te("type")}
            </label>
            <select id="offer-typeId" name="typeId" defaultValue={values.typeId} className={selectClass}>
              {options.types.map((c) => (
                <option key={c.id} value={c.id} lang="de">
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-5">
            <label htmlFor="offer-providerId" className="block font-bold">
              {te("provider")}
            </label>
            <select id="offer-providerId" name="providerId" defaultValue={values.providerId} className={selectClass}>
              {reviewed ? null : <option value="">{te("noProvider")}</option>}
              {options.providers.map((c) => (
                <option key={c.id} value={c.id} lang="de">
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-5">
            <label htmlFor="offer-status" className="block font-bold">
              {te("status")}
            </label>
            <select id="offer-status" name="status" defaultValue={values.status} className={selectClass}>
              {offerStatuses
                .filter((s) => offer || !reviewed || s === "DRAFT")
                .map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
            </select>
          </div>
          <label className="mt-6 flex min-h-11 items-center gap-3 font-bold">
            <input type="checkbox" name="servesWholeCity" defaultChecked={values.servesWholeCity === "on"} className="size-6" />
            {te("wholeCity")}
          </label>
          <AdminOfferChoices
            name="districtIds"
            legend={te("districts")}
            choices={options.districts}
            checked={values.districtIds}
            error={errorText("districtIds")}
            lang="de"
          />
          {(["latitude", "longitude"] as const).map((field) => (
            <AdminField
              key={field}
              id={`offer-${field}`}
              name={field}
              label={`${te(field)} (${te("coordinates")})`}
              defaultValue={values[field]}
              error={errorText(field)}
              autoComplete="off"
            />
          ))}
        </fieldset>
        <fieldset className="mt-8">
          <legend className="text-2xl font-bold">{te("sectionDetails")}</legend>
          <AdminOfferChoices
            name="languages"
            legend={te("languages")}
            choices={offerLanguages.map((code) => ({ id: code, name: languageNames.of(code) ?? code }))}
            checked={values.languages}
            error={errorText("languages")}
          />
          <AdminOfferChoices
            name="accessibilityIds"
            legend={te("accessibility")}
            choices={options.accessibility}
            checked={values.accessibilityIds}
            lang="de"
          />
          <AdminOfferChoices
            name="targetGroupIds"
            legend={te("targetGroups")}
            choices={options.targetGroups}
            checked={values.targetGroupIds}
            lang="de"
          />
          <AdminOfferChoices
            name="handlungsfeldIds"
            legend={te("handlungsfelder")}
            choices={options.handlungsfelder}
            checked={values.handlungsfeldIds}
            lang="de"
          />
          <fieldset className="mt-6">
            <legend className="font-bold">{te("cost")}</legend>
            {(
              [
                ["", "freeUnknown"],
                ["yes", "freeYes"],
                ["no", "freeNo"],
              ] as const
            ).map(([value, key]) => (
              <label key={value} className="flex min-h-11 items-center gap-3">
                <input type="radio" name="freeOfCharge" value={value} defaultChecked={values.freeOfCharge === value} className="size-6" />
                {te(key)}
              </label>
            ))}
          </fieldset>
          <AdminOfferPeriod values={values} error={errorText} />
          <AdminField
            id="offer-costNote"
            name="costNote"
            label={te("costNote")}
            defaultValue={values.costNote}
            error={errorText("costNote")}
            multiline
            rows={2}
            lang="de"
          />
          <AdminField
            id="offer-sourceDocument"
            name="sourceDocument"
            label={te("sourceDocument")}
            defaultValue={values.sourceDocument}
            error={errorText("sourceDocument")}
          />
          <AdminField
            id="offer-sourceSection"
            name="sourceSection"
            label={te("sourceSection")}
            defaultValue={values.sourceSection}
            error={errorText("sourceSection")}
          />
        </fieldset>
        <AdminOfferHours values={values} error={errorText} />
        <AdminOfferContacts rows={rows} error={errorText} />
        <button type="submit" disabled={pending} className="mt-8 min-h-11 rounded bg-brand px-6 font-bold text-white hover:bg-brand-dark">
          {!offer ? te("create") : reviewed ? t("edit.submitForReview") : t("edit.save")}
        </button>
      </form>
    </>
  );
}
