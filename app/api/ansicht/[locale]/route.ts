import { createHash } from "node:crypto";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { buildReadingHelpCss } from "@/lib/reading-help/css";
import { parseReadingPreferences, readingHelpCookieName } from "@/lib/reading-help/preferences";
import { buildReferralCss } from "@/lib/referral/css";
import { maxReferralOffers } from "@/lib/referral/schema";
import { parseReferralCookie, referralCookieName } from "@/lib/referral/slugs";

type Context = { params: Promise<{ locale: string }> };

// The reader's own view of the cached public pages: text size, contrast and their
// Merkliste, from their cookies. Never stored by shared caches; the browser asks
// again on every page (no-cache) and mostly gets a 304.
export async function GET(request: NextRequest, { params }: Context) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const reading = parseReadingPreferences(request.cookies.get(readingHelpCookieName)?.value);
  const slugs = parseReferralCookie(request.cookies.get(referralCookieName)?.value);
  const t = await getTranslations({ locale, namespace: "Referral" });
  const body =
    buildReadingHelpCss(reading) +
    buildReferralCss(slugs, { count: `(${t("headerCount", { count: slugs.length })})`, full: t("full", { max: maxReferralOffers }) });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  const headers = {
    "Content-Type": "text/css; charset=utf-8",
    "Cache-Control": "private, no-cache",
    Vary: "Cookie",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
