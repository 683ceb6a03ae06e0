import { maxReferralOffers, offerSlugSchema } from "./schema";

export const referralCookieName = "merkliste";

// Half a year: a social worker's list should survive between consultations, not forever.
export const referralCookieMaxAge = 60 * 60 * 24 * 183;

// Junk items are dropped one by one, so a single bad entry never empties the whole list.
function cleanSlugs(items: string[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const parsed = offerSlugSchema.safeParse(item.trim());
    if (parsed.success) seen.add(parsed.data);
    if (seen.size >= maxReferralOffers) break;
  }
  return [...seen];
}

// "." never occurs in a slug and needs no escaping in a cookie value.
export function parseReferralCookie(value: string | undefined | null): string[] {
  if (!value || value.length > 8000) return [];
  return cleanSlugs(value.split("."));
}

export function serializeReferralCookie(slugs: string[]): string {
  return cleanSlugs(slugs).join(".");
}

// The share link's form: /de/merkliste?angebote=a,b
export function parseSharedSlugs(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(",") : value;
  if (!raw || raw.length > 8000) return [];
  return cleanSlugs(raw.split(","));
}

export function formatSharedSlugs(slugs: string[]): string {
  return cleanSlugs(slugs).join(",");
}

export function addReferralSlug(slugs: string[], slug: string): string[] {
  if (slugs.includes(slug) || slugs.length >= maxReferralOffers) return slugs;
  return [...slugs, slug];
}

export function removeReferralSlug(slugs: string[], slug: string): string[] {
  return slugs.filter((s) => s !== slug);
}
