import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReferralSheet } from "@/components/referral/referral-sheet";
import { ReferralShare } from "@/components/referral/referral-share";
import { getSiteUrl } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listReferralOffers } from "@/lib/referral/data";
import { getReferralSlugs } from "@/lib/referral/request";
import { formatSharedSlugs, parseSharedSlugs } from "@/lib/referral/slugs";
import { buildAlternates, toAbsoluteUrl } from "@/lib/seo/alternates";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ angebote?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referral" });
  // A personal list: useful to share by hand, useless in a search engine.
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: buildAlternates(locale, "/merkliste"),
    robots: { index: false, follow: true },
  };
}

export default async function ReferralPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { angebote } = await searchParams;
  const t = await getTranslations("Referral");
  const own = await getReferralSlugs();
  const shared = angebote === undefined ? null : parseSharedSlugs(angebote);
  const offers = await listReferralOffers(shared ?? own, locale);
  const listParam = formatSharedSlugs(offers.map((o) => o.slug));
  const sharePath = `/${locale}/merkliste?angebote=${listParam}`;
  const isOwnList = shared === null || listParam === formatSharedSlugs(own);

  return (
    <div className="referral-sheet">
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-2">
        {offers.length > 0 ? <strong>{t("count", { count: offers.length })}</strong> : null}
        <span className="print-only"> · {t("printedOn", { date: new Date() })}</span>
      </p>
      <p className="no-print mt-2 max-w-3xl">{shared !== null && !isOwnList ? t("sharedNote") : t("intro")}</p>

      {shared !== null && !isOwnList && offers.length > 0 ? (
        <form method="post" action={`/${locale}/merkliste/aendern`} className="no-print mt-4">
          <input type="hidden" name="aktion" value="uebernehmen" />
          <input type="hidden" name="angebote" value={listParam} />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-brand px-4 font-bold text-white hover:bg-brand-dark"
          >
            {t("adopt")}
          </button>
          {own.length > 0 ? <p className="mt-1 text-muted">{t("adoptHint")}</p> : null}
        </form>
      ) : null}

      {offers.length === 0 ? (
        <div className="mt-6">
          <p className="text-xl">{shared !== null ? t("emptyShared") : t("empty")}</p>
          <p className="mt-4">
            <Link href="/" className="inline-block min-h-11 py-2">
              {t("toHome")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ReferralSheet offers={offers} removable={shared === null} locale={locale} />
          <ReferralShare
            sharePath={sharePath}
            shareUrl={toAbsoluteUrl(getSiteUrl(), sharePath)}
            clearable={shared === null}
            locale={locale}
          />
        </>
      )}
    </div>
  );
}
