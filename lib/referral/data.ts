import "server-only";
import { getDb } from "@/lib/db";
import { chooseText, localizeTerm } from "@/lib/directory/localized-text";
import type { Locale } from "@/lib/i18n/routing";
import type { ReferralOffer } from "./types";

// Only published offers: a slug kept in a cookie or a shared link may point to
// an offer that has since been archived, and it then silently drops out.
const published = { status: "PUBLISHED" } as const;

export async function listReferralOffers(slugs: string[], locale: Locale): Promise<ReferralOffer[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().offer.findMany({
    where: { slug: { in: slugs }, ...published },
    select: {
      slug: true,
      name: true,
      street: true,
      postcode: true,
      locality: true,
      phone: true,
      phoneDialable: true,
      email: true,
      website: true,
      type: { select: { slug: true, name: true, translations: true } },
      city: { select: { name: true } },
      contacts: {
        select: {
          name: true,
          role: true,
          department: true,
          street: true,
          postcode: true,
          locality: true,
          phone: true,
          phoneDialable: true,
          email: true,
        },
        orderBy: { position: "asc" },
      },
      openingHours: { select: { weekday: true, opens: true, closes: true, note: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
      translations: { where: { locale }, select: { name: true, reviewed: true }, take: 1 },
    },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  // The reader's order, not the database's: it is the order they chose the offers in.
  return slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    if (!row) return [];
    const { type, city, translations, ...rest } = row;
    const tr = translations[0];
    return [
      {
        ...rest,
        name: chooseText(row.name, tr && { text: tr.name, reviewed: tr.reviewed }, locale),
        typeName: localizeTerm(type, locale).name,
        cityName: city.name,
      },
    ];
  });
}

export async function filterPublishedOfferSlugs(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().offer.findMany({ where: { slug: { in: slugs }, ...published }, select: { slug: true } });
  const found = new Set(rows.map((row) => row.slug));
  return slugs.filter((slug) => found.has(slug));
}
