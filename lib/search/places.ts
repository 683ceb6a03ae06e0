// A Stadtteil in the query ("Treffen Bilk") is a place, not a word to find in the texts:
// nobody in Bilk knows that Stadtbezirk 3 is theirs, and no offer text says "Bilk".
// Names are compared as their letters and digits ("St. Pauli" = "st pauli").

export type PlaceDistrict = {
  id: string;
  slug: string;
  name: string;
  stadtteile: string[];
  cityId: string;
  citySlug: string;
  cityName: string;
};

export type PlaceMatch = {
  /** The name as the city writes it, e.g. "Bilk". */
  place: string;
  /** Every district of that name or with a Stadtteil of that name (in the chosen city, if any). */
  districts: PlaceDistrict[];
  /** The query without the place's words (the others as typed). */
  rest: string;
};

const longestName = 5;

function toTokens(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

function toWords(text: string): string[] {
  return toTokens(text).map((w) => w.toLowerCase());
}

/** The longest run of query words that names a Stadtteil or district; null when none does. */
export function matchPlace(q: string, districts: PlaceDistrict[], citySlug: string | null): PlaceMatch | null {
  const scope = citySlug === null ? districts : districts.filter((d) => d.citySlug === citySlug);
  const byName = new Map<string, { place: string; districts: PlaceDistrict[] }>();
  for (const district of scope) {
    for (const name of new Set([district.name, ...district.stadtteile])) {
      const key = toWords(name).join(" ");
      if (key === "" || /^\d+$/.test(key)) continue;
      const entry = byName.get(key) ?? { place: name, districts: [] };
      if (!entry.districts.includes(district)) entry.districts.push(district);
      byName.set(key, entry);
    }
  }
  const tokens = toTokens(q);
  const words = tokens.map((w) => w.toLowerCase());
  for (let length = Math.min(longestName, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const found = byName.get(words.slice(start, start + length).join(" "));
      if (!found) continue;
      const rest = [...tokens.slice(0, start), ...tokens.slice(start + length)].join(" ");
      return { place: found.place, districts: found.districts, rest };
    }
  }
  return null;
}
