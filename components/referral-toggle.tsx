import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { maxReferralOffers } from "@/lib/referral/schema";
import { toReferralAnchor } from "@/lib/referral/slugs";

type Props = { slug: string; name: string; locale: Locale };

// A plain POST form, so the list works without JavaScript; the route handler sends the
// reader back to the page they came from (Referer), at this offer's anchor. The page is
// cached for everybody, so both buttons and the "list is full" note are rendered and
// the reader's stylesheet (lib/referral/css.ts) shows the one that is true for them.
// Lists carry dozens of these: the markup is kept short (classes in globals.css).
export async function ReferralToggle({ slug, name, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Referral" });
  return (
    <form id={toReferralAnchor(slug)} data-referral={slug} method="post" action={`/${locale}/merkliste/aendern`} className="referral-toggle no-print">
      <input type="hidden" name="angebot" value={slug} />
      {/* The label starts with the visible text (WCAG 2.5.3) and names the offer, which the visible text does not. */}
      <button type="submit" name="aktion" value="hinzufuegen" aria-label={t("addLabel", { name })} className="referral-add">
        {t("add")}
      </button>
      <button type="submit" name="aktion" value="entfernen" aria-label={t("removeLabel", { name })} className="referral-remove">
        {t("remove")}
      </button>
      <p className="referral-full">{t("full", { max: maxReferralOffers })}</p>
    </form>
  );
}
