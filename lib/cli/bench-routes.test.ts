import { describe, expect, it } from "vitest";
import {
  benchOfferSlug,
  buildRoutes,
  cachedSearchPath,
  missOfferPath,
  routeKeys,
  searchCapacity,
  selectRoutes,
  uncachedSearchPath,
} from "./bench-routes";
import type { SearchPlan } from "./bench-routes";

const plan: SearchPlan = { words: ["Beratung", "Ausflüge"], arts: ["a", "b", "c"], felder: ["x", "y"], maxPage: 4 };

describe("uncachedSearchPath", () => {
  it("never repeats a URL within its capacity", () => {
    const capacity = searchCapacity(plan);
    expect(capacity).toBe(48);
    const paths = Array.from({ length: capacity }, (_, n) => uncachedSearchPath(plan, n));
    expect(new Set(paths).size).toBe(capacity);
    expect(paths).not.toContain(cachedSearchPath);
  });

  it("builds a text query with two filters and a page in range", () => {
    expect(uncachedSearchPath(plan, 1)).toBe("/de/angebote?q=Ausfl%C3%BCge&art=a&feld=x&seite=1");
    for (let n = 0; n < 100; n++) {
      const url = new URL(uncachedSearchPath(plan, n), "http://x");
      const page = Number(url.searchParams.get("seite"));
      expect(page).toBeGreaterThanOrEqual(1);
      expect(page).toBeLessThanOrEqual(plan.maxPage);
      expect([...url.searchParams.keys()]).toEqual(["q", "art", "feld", "seite"]);
    }
  });
});

describe("missOfferPath", () => {
  it("visits every synthetic offer once", () => {
    const offers = 1000;
    const slugs = Array.from({ length: offers }, (_, n) => missOfferPath(417, n, offers));
    expect(new Set(slugs).size).toBe(offers);
    const numbers = slugs.map((slug) => Number(slug.split("-").pop()));
    expect(Math.min(...numbers)).toBe(1);
    expect(Math.max(...numbers)).toBe(offers);
  });

  it("skips the offer the cached route measures", () => {
    const slugs = new Set(Array.from({ length: 99_999 }, (_, n) => missOfferPath(5, n)));
    expect(slugs.size).toBe(99_999);
    expect(slugs.has(`/de/angebote/${benchOfferSlug}`)).toBe(false);
    expect(slugs.has("/de/angebote/synth-offer-100000")).toBe(true);
  });
});

describe("routes", () => {
  const routes = buildRoutes(plan, 0);

  it("has one spec per key, the baseline first", () => {
    expect(routes.map((r) => r.key)).toEqual([...routeKeys]);
    expect(routes[0]!.path(0)).toBe("/de/leer");
  });

  it("rotating routes change the URL on every request, fixed ones do not", () => {
    for (const route of routes) {
      expect(route.path(0) !== route.path(1)).toBe(route.rotating);
    }
  });

  it("uses the path segment for the city's second page", () => {
    expect(routes.find((r) => r.key === "city-page-2")!.path(0)).toBe("/de/staedte/synth-001/seite/2");
  });

  it("BENCH_ROUTES keeps the baseline and the chosen routes", () => {
    expect(selectRoutes(routes, undefined)).toHaveLength(routes.length);
    expect(selectRoutes(routes, " offer, search-uncached ,").map((r) => r.key)).toEqual(["baseline", "search-uncached", "offer"]);
    expect(() => selectRoutes(routes, "offer,nope")).toThrow(/unknown route nope/);
  });
});
