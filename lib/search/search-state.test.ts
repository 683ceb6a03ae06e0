import { describe, expect, it } from "vitest";
import { emptySearchParams } from "./schema";
import type { SearchParams } from "./schema";
import { extractSearchWords, listActiveFilters, toSearchQuery, withoutFilter, withPage } from "./search-state";

const state: SearchParams = {
  ...emptySearchParams(),
  q: "Demenz",
  stadt: "essen",
  bezirk: ["mitte"],
  art: ["seniorenbuero", "begegnungsstaette"],
  kostenlos: true,
  seite: 2,
};

describe("extractSearchWords", () => {
  it("keeps letters and digits only, so no query operator survives", () => {
    expect(extractSearchWords("'; DROP TABLE offer; -- <b>x</b> & | ! :* 60plus")).toEqual(["drop", "table", "offer", "b", "x", "60plus"]);
  });

  it("keeps umlauts and ß for the database to fold, lower-cases and de-duplicates", () => {
    expect(extractSearchWords("Begegnungsstätte Straße straße")).toEqual(["begegnungsstätte", "straße"]);
  });

  it("limits the number and length of words", () => {
    expect(extractSearchWords("a b c d e f g h i j k")).toHaveLength(8);
    expect(extractSearchWords("x".repeat(100))[0]).toHaveLength(40);
  });
});

describe("search URLs", () => {
  it("writes the whole state into the query, leaving out defaults", () => {
    expect(toSearchQuery(state)).toEqual({
      q: "Demenz",
      stadt: "essen",
      bezirk: ["mitte"],
      art: ["seniorenbuero", "begegnungsstaette"],
      kostenlos: "1",
      seite: "2",
    });
    expect(toSearchQuery(emptySearchParams())).toEqual({});
  });

  it("removes one filter value and goes back to page 1", () => {
    expect(toSearchQuery(withoutFilter(state, "art", "seniorenbuero"))).toEqual({
      q: "Demenz",
      stadt: "essen",
      bezirk: ["mitte"],
      art: ["begegnungsstaette"],
      kostenlos: "1",
    });
    expect(withoutFilter(state, "kostenlos").kostenlos).toBe(false);
  });

  it("drops the districts together with their city", () => {
    const without = withoutFilter(state, "stadt");
    expect(without.stadt).toBeNull();
    expect(without.bezirk).toEqual([]);
  });

  it("lists active filters in a stable order", () => {
    expect(listActiveFilters(state)).toEqual([
      { param: "stadt", value: "essen" },
      { param: "bezirk", value: "mitte" },
      { param: "art", value: "seniorenbuero" },
      { param: "art", value: "begegnungsstaette" },
      { param: "kostenlos", value: "1" },
    ]);
    expect(listActiveFilters({ ...emptySearchParams(), q: "x" })).toEqual([]);
    expect(withPage(state, 5).seite).toBe(5);
  });
});
