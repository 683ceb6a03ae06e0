import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

// The count is the reader's own: the cached HTML carries the empty list's text, and the
// reader's stylesheet (lib/referral/css.ts) replaces it with theirs as generated content.
export async function ReferralLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Referral" });
  return (
    <Link href="/merkliste" className="inline-flex min-h-11 items-center gap-2 rounded border-2 border-brand px-2 font-bold no-underline">
      {t("headerLink")}
      <span className="referral-count font-normal" />
    </Link>
  );
}
