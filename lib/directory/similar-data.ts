import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { current } from "./current";
import { offerListSelect, toListItem } from "./data";
import type { OfferListItem } from "./types";

const shown = 3;

/**
 * What a reader of an ended project can turn to today: current offers in the same city,
 * of the same type first, then those sharing the most Handlungsfelder. Only offers
 * sharing one or the other are similar; none is better than a random one.
 */
export async function listSimilarCurrentOffers(slug: string, locale: Locale): Promise<OfferListItem[]> {
  const db = getDb();
  const ended = await db.offer.findUnique({
    where: { slug },
    select: { id: true, cityId: true, typeId: true, handlungsfelder: { select: { handlungsfeldId: true } } },
  });
  if (!ended) return [];
  const fields = ended.handlungsfelder.map((h) => h.handlungsfeldId);
  const candidates = await db.offer.findMany({
    where: {
      ...current(),
      cityId: ended.cityId,
      id: { not: ended.id },
      OR: [{ typeId: ended.typeId }, { handlungsfelder: { some: { handlungsfeldId: { in: fields } } } }],
    },
    select: { ...offerListSelect(locale), typeId: true, handlungsfelder: { select: { handlungsfeldId: true } } },
  });
  const score = (c: (typeof candidates)[number]) =>
    (c.typeId === ended.typeId ? 100 : 0) + c.handlungsfelder.filter((h) => fields.includes(h.handlungsfeldId)).length;
  return candidates
    .map((c) => ({ c, score: score(c) }))
    .sort((a, b) => b.score - a.score || a.c.name.localeCompare(b.c.name, "de"))
    .slice(0, shown)
    .map(({ c }) => toListItem(c, locale));
}
