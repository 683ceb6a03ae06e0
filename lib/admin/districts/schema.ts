import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import type { FieldErrors } from "../schema";
import { text } from "../providers/schema";

// The district forms of /admin/bezirke. Field errors are codes (Admin.errors.*).

const locale = z.enum(routing.locales, { error: "invalid" });
const name = text({ max: 120, required: true });

export const districtCreateSchema = z.strictObject({ locale, cityId: z.uuid({ error: "invalid" }), name });
export const districtRenameSchema = z.strictObject({ locale, districtId: z.uuid({ error: "invalid" }), name });

export type DistrictCreateInput = z.output<typeof districtCreateSchema>;
export type DistrictRenameInput = z.output<typeof districtRenameSchema>;

export type DistrictFormError = "fieldErrors" | "forbidden" | "session" | "notFound" | "taken";

export type DistrictFormState =
  { status: "idle" } | { status: "error"; formError: DistrictFormError; fieldErrors: FieldErrors; name: string; stamp: number };

type FormLike = Pick<FormData, "get">;

export function readDistrictForm(form: FormLike, idField: "cityId" | "districtId") {
  const field = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return { locale: field("locale"), [idField]: field(idField), name: field("name") };
}
