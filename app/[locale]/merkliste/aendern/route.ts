import { hasLocale } from "next-intl";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { toReferralAnchor } from "@/lib/referral/anchor";
import { filterPublishedOfferSlugs } from "@/lib/referral/data";
import { referralActionSchema } from "@/lib/referral/schema";
import {
  addReferralSlug,
  parseReferralCookie,
  parseSharedSlugs,
  referralCookieMaxAge,
  referralCookieName,
  removeReferralSlug,
  serializeReferralCookie,
} from "@/lib/referral/slugs";
import { isCrossSitePost, readFormFields, resolveReturnPath, seeOther, setPreferenceCookie } from "@/lib/web/form-post";

type Context = { params: Promise<{ locale: string }> };

async function toSheetPath(params: Context["params"]) {
  const { locale } = await params;
  return `/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/merkliste`;
}

export async function POST(request: NextRequest, { params }: Context) {
  const sheetPath = await toSheetPath(params);
  if (isCrossSitePost(request)) return seeOther(sheetPath);
  const fields = await readFormFields(request);
  const back = resolveReturnPath(request, fields.zurueck, sheetPath);
  const action = referralActionSchema.safeParse(fields);
  if (!action.success) return seeOther(back);

  const current = parseReferralCookie(request.cookies.get(referralCookieName)?.value);
  let next = current;
  let location = back;
  switch (action.data.aktion) {
    case "hinzufuegen": {
      const [known] = await filterPublishedOfferSlugs([action.data.angebot]);
      if (known) next = addReferralSlug(current, known);
      location = `${back}#${toReferralAnchor(action.data.angebot)}`;
      break;
    }
    case "entfernen":
      next = removeReferralSlug(current, action.data.angebot);
      location = `${back}#${toReferralAnchor(action.data.angebot)}`;
      break;
    case "uebernehmen":
      next = await filterPublishedOfferSlugs(parseSharedSlugs(action.data.angebote));
      location = sheetPath;
      break;
    case "leeren":
      next = [];
      break;
  }
  const response = seeOther(location);
  setPreferenceCookie(response, request, referralCookieName, serializeReferralCookie(next), referralCookieMaxAge);
  return response;
}

export async function GET(_request: NextRequest, { params }: Context) {
  return seeOther(await toSheetPath(params));
}
