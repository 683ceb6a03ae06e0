import { getLocale, getTranslations } from "next-intl/server";
import { maxReferralOffers } from "@/lib/referral/schema";
import { getReferralSlugs } from "@/lib/referral/request";
import { toReferralAnchor } from "@/lib/referral/slugs";

type Props = { slug: string; name: string };

// A plain POST form, so adding to the list works without JavaScript; the route handler
// sends the reader back to the page it was posted from (Referer). It reads the reader's
// own list itself, so every page can place it with just the offer's slug and name.
export async function ReferralToggle({ slug, name }: Props) {
  const [t, locale, slugs] = await Promise.all([getTranslations("Referral"), getLocale(), getReferralSlugs()]);
  const onList = slugs.includes(slug);
  if (!onList && slugs.length >= maxReferralOffers) {
    return <p className="no-print mt-2 text-muted">{t("full", { max: maxReferralOffers })}</p>;
  }
  return (
    <form id={toReferralAnchor(slug)} method="post" action={`/${locale}/merkliste/aendern`} className="no-print mt-3">
      <input type="hidden" name="aktion" value={onList ? "entfernen" : "hinzufuegen"} />
      <input type="hidden" name="angebot" value={slug} />
      {/* The label starts with the visible text (WCAG 2.5.3) and names the offer, which the visible text does not. */}
      <button
        type="submit"
        aria-label={onList ? t("removeLabel", { name }) : t("addLabel", { name })}
        className={
          onList
            ? "inline-flex min-h-11 items-center rounded border-2 border-brand bg-brand px-4 font-bold text-white hover:bg-brand-dark"
            : "inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand hover:bg-accent"
        }
      >
        {onList ? t("remove") : t("add")}
      </button>
    </form>
  );
}
