import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localeInfo } from "@/lib/i18n/locale-info";
import { Link } from "@/lib/i18n/navigation";
import { GlobeIcon, HeaderMenu } from "@/components/layout/header-menu";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ReadingHelp } from "@/components/layout/reading-help";
import { ReferralLink } from "@/components/referral/referral-link";
import { SearchBox } from "@/components/search/search-box";

const brand = "Seniorenwegweiser";

// Phone first: name, Merkliste, two menus (language, reading help) and the search box
// take under a third of a 390×844 screen; the menus open in place, without JavaScript.
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const meta = await getTranslations({ locale, namespace: "Meta" });
  const tr = await getTranslations({ locale, namespace: "ReadingHelp" });
  const siteName = meta("siteName");
  return (
    <header className="border-b-4 border-brand bg-paper">
      <div className="mx-auto w-full max-w-5xl px-4 py-2">
        <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-2">
          <Link href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-brand no-underline sm:text-2xl">
            {/* The proper name only; the explaining part of the site name stays for screen readers and titles. */}
            <span lang="de">{brand}</span>
            <span className="sr-only">
              {siteName.slice(brand.length)}, {t("home")}
            </span>
          </Link>
          <ReferralLink locale={locale} />
        </div>
        <div className="mt-2 flex flex-wrap items-start gap-2">
          <HeaderMenu
            icon={<GlobeIcon />}
            summary={
              <span lang={locale}>
                <span className="sr-only">{`${t("language")}: `}</span>
                {localeInfo[locale].endonym}
              </span>
            }
          >
            <LocaleSwitcher label={t("language")} />
          </HeaderMenu>
          <HeaderMenu summary={tr("menu")}>
            <ReadingHelp locale={locale} />
          </HeaderMenu>
        </div>
        <div className="mt-2">
          <SearchBox id="site-search" />
        </div>
      </div>
    </header>
  );
}
