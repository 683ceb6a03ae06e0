"use server";

import { updateTag } from "next/cache";
import { cityTag, directoryTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "../request";
import { toFieldErrors } from "../schema";
import { createProvider, updateProvider } from "./mutations";
import type { ProviderMutationResult } from "./mutations";
import { providerCreateSchema, providerUpdateSchema, readProviderForm, toProviderFormValues } from "./schema";
import type { ProviderFormState } from "./schema";

// zod → origin → session → the data layer authorises against the database and audits.

async function runProviderAction(form: FormData, withId: boolean): Promise<ProviderFormState> {
  const raw = readProviderForm(form, withId);
  const values = toProviderFormValues(raw);
  const stamp = Date.now();
  const update = withId ? providerUpdateSchema.safeParse(raw) : null;
  const parsed = update ?? providerCreateSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), values, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, values, stamp };
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, values, stamp };
  const ctx = { user, ip: await getClientIp() };
  const result: ProviderMutationResult = update?.success ? await updateProvider(ctx, update.data) : await createProvider(ctx, parsed.data);
  if (result.status !== "saved") return { status: "error", formError: result.status, fieldErrors: result.status === "invalidCity" ? { cityId: "invalid" } : {}, values, stamp };
  for (const tag of [directoryTag, ...result.citySlugs.map(cityTag)]) updateTag(tag);
  return redirect({ href: { pathname: "/admin/traeger", query: { ergebnis: withId ? "gespeichert" : "angelegt" } }, locale: parsed.data.locale });
}

export async function createProviderAction(_previous: ProviderFormState, form: FormData): Promise<ProviderFormState> {
  return runProviderAction(form, false);
}

export async function updateProviderAction(_previous: ProviderFormState, form: FormData): Promise<ProviderFormState> {
  return runProviderAction(form, true);
}
