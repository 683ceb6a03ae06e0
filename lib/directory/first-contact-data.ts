import "server-only";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { current } from "./current";
import { chooseText } from "./localized-text";
import type { FirstContact } from "./types";

/**
 * The offer each city names as the one to call first (city.first_contact_offer_id),
 * for one city or all, in the German order of the city names. An ended or unpublished
 * first contact is not offered: the city then has none.
 */
export async function listFirstContacts(locale: Locale, citySlug: string | null = null): Promise<FirstContact[]> {
  const rows = await getDb().offer.findMany({
    where: { ...current(), firstContactOf: { some: citySlug === null ? {} : { slug: citySlug } } },
    select: {
      slug: true,
      name: true,
      phone: true,
      phoneDialable: true,
      email: true,
      firstContactOf: { select: { slug: true, name: true } },
      translations: { where: { locale }, select: { name: true, reviewed: true }, take: 1 },
    },
  });
  const collator = new Intl.Collator("de");
  return rows
    .flatMap((row) =>
      row.firstContactOf
        .filter((city) => citySlug === null || city.slug === citySlug)
        .map((city) => ({
          city,
          slug: row.slug,
          name: chooseText(
            row.name,
            row.translations[0] && { text: row.translations[0].name, reviewed: row.translations[0].reviewed },
            locale,
          ),
          phone: row.phone,
          phoneDialable: row.phoneDialable,
          email: row.email,
        })),
    )
    .sort((a, b) => collator.compare(a.city.name, b.city.name));
}
