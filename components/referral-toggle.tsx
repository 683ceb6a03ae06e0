import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { maxReferralOffers } from "@/lib/referral/schema";
import { toReferralAnchor } from "@/lib/referral/slugs";

type Props = { slug: string; name: string; locale: Locale };

const addClass = "inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand hover:bg-accent";
const removeClass = "inline-flex min-h-11 items-center rounded border-2 border-brand bg-brand px-4 font-bold text-white hover:bg-brand-dark";

// Plain POST forms, so the list works without JavaScript; the route handler sends the
// reader back to the page they came from (Referer), at this offer's anchor. The page is
// cached for everybody, so all three states are rendered and the reader's stylesheet
// (lib/referral/css.ts) shows the right one.
export async function ReferralToggle({ slug, name, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Referral" });
  const action = `/${locale}/merkliste/aendern`;
  return (
    <div id={toReferralAnchor(slug)} data-referral={slug} className="no-print mt-3">
      <form method="post" action={action} className="referral-add">
        <input type="hidden" name="aktion" value="hinzufuegen" />
        <input type="hidden" name="angebot" value={slug} />
        {/* The label starts with the visible text (WCAG 2.5.3) and names the offer, which the visible text does not. */}
        <button type="submit" aria-label={t("addLabel", { name })} className={addClass}>
          {t("add")}
        </button>
      </form>
      <form method="post" action={action} className="referral-remove">
        <input type="hidden" name="aktion" value="entfernen" />
        <input type="hidden" name="angebot" value={slug} />
        <button type="submit" aria-label={t("removeLabel", { name })} className={removeClass}>
          {t("remove")}
        </button>
      </form>
      <p className="referral-full text-muted">{t("full", { max: maxReferralOffers })}</p>
    </div>
  );
}
