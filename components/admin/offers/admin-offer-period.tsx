"use client";

import { useTranslations } from "next-intl";
import type { OfferFormValues } from "@/lib/admin/form-data";
import { AdminField } from "@/components/admin/admin-field";

type Props = { values: OfferFormValues; error: (path: string) => string | undefined };

// A time-bound project's period as the document states it: once the end has passed,
// the offer leaves lists and search (lib/directory/current.ts).
export function AdminOfferPeriod({ values, error }: Props) {
  const te = useTranslations("AdminEdit");
  return (
    <fieldset className="mt-6">
      <legend className="text-xl font-bold">{te("period")}</legend>
      <AdminField
        id="offer-periodFrom"
        name="periodFrom"
        label={te("periodFrom")}
        defaultValue={values.periodFrom}
        error={error("periodFrom")}
      />
      <AdminField
        id="offer-periodUntil"
        name="periodUntil"
        label={te("periodUntil")}
        defaultValue={values.periodUntil}
        error={error("periodUntil")}
        hint={te("periodHint")}
      />
    </fieldset>
  );
}
