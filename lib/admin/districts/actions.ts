"use server";

import { updateTag } from "next/cache";
import { cityTag, directoryTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "../request";
import { toFieldErrors } from "../schema";
import { createDistrict, renameDistrict } from "./mutations";
import { districtCreateSchema, districtRenameSchema, readDistrictForm } from "./schema";
import type { DistrictFormState } from "./schema";

async function runDistrictAction(form: FormData, kind: "create" | "rename"): Promise<DistrictFormState> {
  const raw = readDistrictForm(form, kind === "create" ? "cityId" : "districtId");
  const name = typeof raw.name === "string" ? raw.name.slice(0, 240) : "";
  const stamp = Date.now();
  const parsed = (kind === "create" ? districtCreateSchema : districtRenameSchema).safeParse(raw);
  if (!parsed.success) return { status: "error", formError: "fieldErrors", fieldErrors: toFieldErrors(parsed.error), name, stamp };
  if (!(await isSameOriginRequest())) return { status: "error", formError: "forbidden", fieldErrors: {}, name, stamp };
  const user = await getCurrentUser();
  if (!user) return { status: "error", formError: "session", fieldErrors: {}, name, stamp };
  const ctx = { user, ip: await getClientIp() };
  const result = "cityId" in parsed.data ? await createDistrict(ctx, parsed.data) : await renameDistrict(ctx, parsed.data);
  if (result.status !== "saved") return { status: "error", formError: result.status, fieldErrors: {}, name, stamp };
  for (const tag of [directoryTag, cityTag(result.citySlug)]) updateTag(tag);
  return redirect({ href: { pathname: "/admin/bezirke", query: { ergebnis: kind === "create" ? "angelegt" : "gespeichert" } }, locale: parsed.data.locale });
}

export async function createDistrictAction(_previous: DistrictFormState, form: FormData): Promise<DistrictFormState> {
  return runDistrictAction(form, "create");
}

export async function renameDistrictAction(_previous: DistrictFormState, form: FormData): Promise<DistrictFormState> {
  return runDistrictAction(form, "rename");
}
