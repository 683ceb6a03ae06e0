// Tags of the public data cache. Whoever changes directory data (the admin area)
// calls updateTag(tag) with the tags of what it touched (expired at once, so the
// next reader waits for a fresh page instead of seeing the old one); "directory"
// covers lists that any published change can alter (home page counts, sitemaps).
export const directoryTag = "directory";

export function cityTag(citySlug: string): string {
  return `city:${citySlug}`;
}

export function offerTag(offerSlug: string): string {
  return `offer:${offerSlug}`;
}

/** What a change to one offer can alter: the lists, its city's pages, its own page. */
export function offerTags(offer: { citySlug: string; offerSlug: string }): string[] {
  return [directoryTag, cityTag(offer.citySlug), offerTag(offer.offerSlug)];
}

// Without an explicit change, cached pages are still refreshed hourly so that a
// change made directly in the database shows up eventually.
export const cacheSeconds = 3600;
