import { describe, expect, it } from "vitest";
import { HsdsError } from "./errors";
import { maxPerPage, parseBoolean, parseLocale, parsePaging, parseServiceFilters } from "./params";

const q = (query: string) => new URLSearchParams(query);

function parameterOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HsdsError && error.status === 400) return error.parameter;
    throw error;
  }
  return undefined;
}

describe("query parameters", () => {
  it("defaults and caps paging", () => {
    expect(parsePaging(q(""))).toEqual({ page: 1, perPage: 50 });
    expect(parsePaging(q("page=3&per_page=10"))).toEqual({ page: 3, perPage: 10 });
    expect(parsePaging(q("per_page=100000"))).toEqual({ page: 1, perPage: maxPerPage });
  });

  it.each([
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page=1&page=2", "page"],
    ["per_page=0", "per_page"],
    ["per_page=9999999999", "per_page"],
  ])("refuses %s naming %s", (query, parameter) => {
    expect(parameterOf(() => parsePaging(q(query)))).toBe(parameter);
  });

  it("parses the service filters", () => {
    const filters = parseServiceFilters(
      q("search=%20Treff%20&taxonomy_term_id=6F1C8F5E-3B7A-5C1E-9D2A-5E0B7C4A9F10&modified_after=2025-01-02&postcode=40210"),
    );
    expect(filters).toEqual({
      search: "Treff",
      taxonomyTermId: "6f1c8f5e-3b7a-5c1e-9d2a-5e0b7c4a9f10",
      organizationId: null,
      modifiedAfter: new Date("2025-01-02T00:00:00Z"),
      postcode: "40210",
    });
    expect(parseServiceFilters(q("modified_after=2025-01-02T10:00:00%2B01:00")).modifiedAfter?.toISOString()).toBe(
      "2025-01-02T09:00:00.000Z",
    );
  });

  it.each([
    ["taxonomy_term_id=abc", "taxonomy_term_id"],
    ["organization_id=1234", "organization_id"],
    ["modified_after=yesterday", "modified_after"],
    ["modified_after=2025-13-45", "modified_after"],
    ["postcode=4021", "postcode"],
    [`search=${"x".repeat(201)}`, "search"],
  ])("refuses %s naming %s", (query, parameter) => {
    expect(parameterOf(() => parseServiceFilters(q(query)))).toBe(parameter);
  });

  it("parses booleans and locales strictly", () => {
    expect(parseBoolean(q("full=true"), "full")).toBe(true);
    expect(parseBoolean(q(""), "full")).toBe(false);
    expect(parameterOf(() => parseBoolean(q("full=yes"), "full"))).toBe("full");
    expect(parseLocale(q("locale=en"))).toBe("en");
    expect(parseLocale(q(""))).toBe("de");
    expect(parameterOf(() => parseLocale(q("locale=fr")))).toBe("locale");
  });
});
