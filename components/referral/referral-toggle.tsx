import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { ReferralToggleForm } from "@/components/referral/referral-toggle-form";
import type { ReferralToggleLabels } from "@/components/referral/referral-toggle-form";

export async function getReferralToggleLabels(locale: Locale): Promise<ReferralToggleLabels> {
  const t = await getTranslations({ locale, namespace: "Referral" });
  return {
    action: `/${locale}/merkliste/aendern`,
    add: t("add"),
    remove: t("remove"),
    addLabel: t("addLabel", { name: "{name}" }),
    removeLabel: t("removeLabel", { name: "{name}" }),
  };
}

export async function ReferralToggle({ slug, name, locale }: { slug: string; name: string; locale: Locale }) {
  return <ReferralToggleForm slug={slug} name={name} labels={await getReferralToggleLabels(locale)} />;
}
