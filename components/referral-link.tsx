import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getReferralSlugs } from "@/lib/referral/request";

export async function ReferralLink() {
  const [t, slugs] = await Promise.all([getTranslations("Referral"), getReferralSlugs()]);
  return (
    <Link
      href="/merkliste"
      className="inline-flex min-h-11 items-center gap-2 rounded border-2 border-brand px-3 font-bold no-underline"
    >
      {t("headerLink")}
      <span className="font-normal">({t("headerCount", { count: slugs.length })})</span>
    </Link>
  );
}
