import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { current } from "./current";
import { offerListSelect, toListItem } from "./data";
import type { OfferDetail, OfferListItem } from "./types";

const shown = 3;

type EndedOffer = Pick<OfferDetail, "slug" | "city" | "type" | "handlungsfelder">;

/**
 * What a reader of an ended project can turn to today: current offers in the same city,
 * of the same type first, then those sharing the most Handlungsfelder. Only offers
 * sharing one or the other are similar; none is better than a random one. Takes the
 * offer page's own record, so nothing is read twice.
 */
export async function listSimilarCurrentOffers(ended: EndedOffer, locale: Locale): Promise<OfferListItem[]> {
  const fields = ended.handlungsfelder.map((h) => h.slug);
  const candidates = await getDb().offer.findMany({
    where: {
      ...current(),
      city: { slug: ended.city.slug },
      slug: { not: ended.slug },
      OR: [{ type: { slug: ended.type.slug } }, { handlungsfelder: { some: { handlungsfeld: { slug: { in: fields } } } } }],
    },
    select: { ...offerListSelect(locale), handlungsfelder: { select: { handlungsfeld: { select: { slug: true } } } } },
  });
  const score = (c: (typeof candidates)[number]) =>
    (c.type.slug === ended.type.slug ? 100 : 0) + c.handlungsfelder.filter((h) => fields.includes(h.handlungsfeld.slug)).length;
  return candidates
    .map((c) => ({ c, score: score(c) }))
    .sort((a, b) => b.score - a.score || a.c.name.localeCompare(b.c.name, "de"))
    .slice(0, shown)
    .map(({ c }) => toListItem(c, locale));
}
