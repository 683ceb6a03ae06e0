"use server";

import type { z } from "zod";
import { cityTag, directoryTag } from "@/lib/directory/cache-tags";
import { redirect } from "@/lib/i18n/navigation";
import { adminAction, formFailure, refuseForm, withPreviousState } from "../action-pipeline";
import { createDistrict, renameDistrict } from "./mutations";
import { districtCreateSchema, districtRenameSchema, readDistrictForm } from "./schema";
import type { DistrictCreateInput, DistrictFormState, DistrictRenameInput } from "./schema";

function districtAction(kind: "create" | "rename") {
  const echo = (raw: ReturnType<typeof readDistrictForm>) => ({ name: typeof raw.name === "string" ? raw.name.slice(0, 240) : "" });
  const schema: z.ZodType<DistrictCreateInput | DistrictRenameInput> = kind === "create" ? districtCreateSchema : districtRenameSchema;
  return withPreviousState<DistrictFormState>(
    adminAction({
      read: (form) => readDistrictForm(form, kind === "create" ? "cityId" : "districtId"),
      schema,
      run: (ctx, input) => ("cityId" in input ? createDistrict(ctx, input) : renameDistrict(ctx, input)),
      tags: (result) => (result.status === "saved" ? [directoryTag, cityTag(result.citySlug)] : []),
      refuse: (refusal, raw) => refuseForm(refusal, echo(raw)),
      answer: (result, input, raw): DistrictFormState => {
        if (result.status !== "saved") return formFailure(result.status, echo(raw));
        return redirect({
          href: { pathname: "/admin/bezirke", query: { ergebnis: kind === "create" ? "angelegt" : "gespeichert" } },
          locale: input.locale,
        });
      },
    }),
  );
}

export const createDistrictAction = districtAction("create");

export const renameDistrictAction = districtAction("rename");
