import { describe, expect, it } from "vitest";
import { matchPlace } from "./places";
import type { PlaceDistrict } from "./places";

const district = (slug: string, name: string, stadtteile: string[], citySlug = "duesseldorf"): PlaceDistrict => ({
  id: `${citySlug}:${slug}`,
  slug,
  name,
  stadtteile,
  cityId: citySlug,
  citySlug,
  cityName: citySlug,
});

const districts = [
  district("stadtbezirk-1", "Stadtbezirk 1", ["Altstadt", "Carlstadt"]),
  district("stadtbezirk-3", "Stadtbezirk 3", ["Bilk", "Unterbilk", "Flehe"]),
  district("altstadt", "Altstadt", ["Altstadt"], "koeln"),
  district("hamburg-nord", "Hamburg-Nord", ["St. Georg", "Barmbek-Nord"], "hamburg"),
];

describe("matchPlace", () => {
  it("finds a Stadtteil among the query's words and keeps the other words", () => {
    expect(matchPlace("Treffen in Bilk", districts, null)).toEqual({ place: "Bilk", districts: [districts[1]], rest: "Treffen in" });
  });

  it("compares letters and digits only, whatever the case and punctuation", () => {
    expect(matchPlace("st georg", districts, null)?.districts).toEqual([districts[3]]);
    expect(matchPlace("BARMBEK NORD", districts, null)?.place).toBe("Barmbek-Nord");
  });

  it("does not take part of a word for a place", () => {
    expect(matchPlace("Unterbilker Treff", districts, null)).toBeNull();
  });

  it("lists every district of that name when no city is chosen, and only the city's when one is", () => {
    expect(matchPlace("Altstadt", districts, null)?.districts.map((d) => d.id)).toEqual(["duesseldorf:stadtbezirk-1", "koeln:altstadt"]);
    expect(matchPlace("Altstadt", districts, "koeln")?.districts.map((d) => d.id)).toEqual(["koeln:altstadt"]);
  });

  it("never takes a bare number for a place", () => {
    expect(matchPlace("3", [district("3", "3", ["3"])], null)).toBeNull();
  });

  it("prefers the longest name", () => {
    const withNord = [...districts, district("nord", "Nord", ["Nord"], "hamburg")];
    expect(matchPlace("Barmbek Nord", withNord, "hamburg")?.place).toBe("Barmbek-Nord");
  });
});
