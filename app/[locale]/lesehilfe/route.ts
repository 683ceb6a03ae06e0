import type { NextRequest } from "next/server";
import { toLocale } from "@/lib/i18n/routing";
import {
  isDefaultReadingPreferences,
  parseReadingPreferences,
  readingHelpCookieMaxAge,
  readingHelpCookieName,
  serializeReadingPreferences,
} from "@/lib/reading-help/preferences";
import { readingHelpFormSchema } from "@/lib/reading-help/schema";
import { isCrossSitePost, readFormFields, resolveReturnPath, seeOther, setPreferenceCookie } from "@/lib/web/form-post";

type Context = { params: Promise<{ locale: string }> };

async function toHomePath(params: Context["params"]) {
  const { locale } = await params;
  return `/${toLocale(locale)}`;
}

export async function POST(request: NextRequest, { params }: Context) {
  const home = await toHomePath(params);
  if (isCrossSitePost(request)) return seeOther(home);
  const fields = await readFormFields(request);
  const response = seeOther(resolveReturnPath(request, fields.zurueck, home));
  const parsed = readingHelpFormSchema.safeParse(fields);
  if (!parsed.success) return response;

  const current = parseReadingPreferences(request.cookies.get(readingHelpCookieName)?.value);
  const next = { textSize: parsed.data.groesse ?? current.textSize, contrast: parsed.data.kontrast ?? current.contrast };
  const value = isDefaultReadingPreferences(next) ? "" : serializeReadingPreferences(next);
  setPreferenceCookie(response, request, readingHelpCookieName, value, readingHelpCookieMaxAge);
  return response;
}

export async function GET(_request: NextRequest, { params }: Context) {
  return seeOther(await toHomePath(params));
}
