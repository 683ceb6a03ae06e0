import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ReferralLink } from "@/components/referral/referral-link";
import { SearchBox } from "@/components/search/search-box";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const meta = await getTranslations({ locale, namespace: "Meta" });
  return (
    <header className="border-b-4 border-brand bg-paper">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="inline-flex min-h-11 items-center text-2xl font-bold text-brand no-underline">
          {meta("siteName")}
          <span className="sr-only">, {t("home")}</span>
        </Link>
        <SearchBox id="site-search" />
        <ReferralLink locale={locale} />
        <LocaleSwitcher label={t("language")} />
      </div>
    </header>
  );
}
