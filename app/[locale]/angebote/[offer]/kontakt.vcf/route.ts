import { getTranslations } from "next-intl/server";
import { getOfferBySlug } from "@/lib/directory/data";
import { buildOfferVCard } from "@/lib/directory/offer-vcard";
import { formatClockTime, formatHoursRows, isAllDay } from "@/lib/directory/opening-hours";
import { localeInfo } from "@/lib/i18n/locale-info";
import { getSiteUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { parseRouteParams } from "@/lib/web/route-params";
import { toAbsoluteUrl, toLocalizedPath } from "@/lib/seo/alternates";

type Context = { params: Promise<{ locale: string; offer: string }> };

export async function GET(_request: Request, { params }: Context) {
  const route = parseRouteParams(await params, { locale: "locale", offer: "slug" });
  const locale = route?.locale ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "OfferPage" });
  const offer = route ? await getOfferBySlug(route.offer, locale) : null;
  if (!offer) {
    return new Response(t("vcardNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const tw = await getTranslations({ locale, namespace: "Weekday" });
  const tc = await getTranslations({ locale, namespace: "Content" });
  const pageUrl = toAbsoluteUrl(getSiteUrl(), toLocalizedPath(locale, `/angebote/${offer.slug}`));
  const intl = localeInfo[locale].intl;
  const card = buildOfferVCard(
    { ...offer, name: offer.name.text, summary: offer.summary.text },
    {
      pageUrl,
      country: new Intl.DisplayNames([locale], { type: "region" }).of("DE") ?? "DE",
      hoursRows: formatHoursRows(
        offer.openingHours,
        (d) => tw(String(d) as "1"),
        (r) =>
          isAllDay(r) ? tc("hoursAllDay") : tw("hours", { opens: formatClockTime(r.opens, intl), closes: formatClockTime(r.closes, intl) }),
        intl,
      ),
      labels: {
        provider: t("vcardProvider"),
        hours: t("vcardHours"),
        contactPersons: t("vcardContactPersons"),
        phone: t("vcardPhone"),
        email: t("vcardEmail"),
        source: t("vcardSource"),
      },
    },
  );
  const filename = `${offer.slug.replace(/[^A-Za-z0-9-]/g, "") || "kontakt"}.vcf`;
  return new Response(card, {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
