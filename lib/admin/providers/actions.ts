"use server";

import type { z } from "zod";
import { cityTag, directoryTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { adminAction, formFailure, refuseForm, withPreviousState } from "../action-pipeline";
import { createProvider, updateProvider } from "./mutations";
import { providerCreateSchema, providerUpdateSchema, readProviderForm, toProviderFormValues } from "./schema";
import type { ProviderCreateInput, ProviderFormState, ProviderUpdateInput } from "./schema";

function providerAction(withId: boolean) {
  const schema: z.ZodType<ProviderCreateInput | ProviderUpdateInput> = withId ? providerUpdateSchema : providerCreateSchema;
  return withPreviousState<ProviderFormState>(
    adminAction({
      read: (form) => readProviderForm(form, withId),
      schema,
      run: (ctx, input) => ("providerId" in input ? updateProvider(ctx, input) : createProvider(ctx, input)),
      tags: (result) => (result.status === "saved" ? [directoryTag, ...result.citySlugs.map(cityTag)] : []),
      refuse: (refusal, raw) => refuseForm(refusal, { values: toProviderFormValues(raw) }),
      answer: (result, input, raw): ProviderFormState => {
        const values = toProviderFormValues(raw);
        if (result.status !== "saved")
          return formFailure(result.status, { values }, result.status === "invalidCity" ? { cityId: "invalid" } : {});
        return redirect({
          href: { pathname: "/admin/traeger", query: { ergebnis: withId ? "gespeichert" : "angelegt" } },
          locale: input.locale,
        });
      },
    }),
  );
}

export const createProviderAction = providerAction(false);

export const updateProviderAction = providerAction(true);
