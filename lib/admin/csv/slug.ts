// URL slugs for offers created by an import: "<city>-<name>", as the seed data has them.

const transliterations: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function toSlugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => transliterations[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const maxSlugLength = 100;

export function toOfferSlugBase(citySlug: string, name: string): string {
  const joined = [citySlug, toSlugPart(name) || "angebot"].join("-");
  if (joined.length <= maxSlugLength) return joined;
  const cut = joined.slice(0, maxSlugLength);
  return cut.slice(0, cut.lastIndexOf("-") > citySlug.length ? cut.lastIndexOf("-") : maxSlugLength);
}

/** The base itself, or base-2, base-3 … whichever is not taken yet. */
export function pickFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
