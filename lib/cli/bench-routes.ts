// The routes `npm run bench` measures, and the URL sequences of the two that ask
// for a different page on every request (so that no cache can answer them).

export const routeKeys = ["baseline", "search", "search-uncached", "city", "city-page-2", "district", "offer", "offer-miss"] as const;
export type RouteKey = (typeof routeKeys)[number];

/**
 * What a route is held to: "baseline" is the reference; "cached" routes must reach
 * 90 % of its requests/s; "search" 30 % and p95 ≤ 30 ms at one connection; "info"
 * routes are reported without a throughput target.
 */
export type RouteTarget = "baseline" | "cached" | "search" | "info";

export type RouteSpec = {
  /** "baseline-end": the empty page once more after all others (lib/cli/bench.ts). */
  key: RouteKey | "baseline-end";
  name: string;
  target: RouteTarget;
  /** A search page: responses showing a correction notice or no results count as bad. */
  search: boolean;
  /** The request path; for rotating routes the n-th request's path. */
  path: (n: number) => string;
  rotating: boolean;
};

/** Valid search terms and filters over the synthetic data, from bench-data.ts. */
export type SearchPlan = {
  /** Words every synthetic offer contains, so each search finds all of them. */
  words: readonly string[];
  /** Offer type slugs the synthetic offers use. */
  arts: readonly string[];
  /** Handlungsfeld slugs the synthetic offers use. */
  felder: readonly string[];
  /** Result pages that exist for every word × art × feld combination. */
  maxPage: number;
};

export const cachedSearchPath = "/de/angebote?q=Begegnungsst%C3%A4tte&art=begegnungsstaette&feld=begegnung-inklusion";
export const benchOfferSlug = "synth-offer-12345";

/**
 * The n-th search of a sequence in which no URL repeats before `searchCapacity(plan)`
 * requests: a text query and two filters like the cached search, rotating the word,
 * both filters and the result page (all combinations exist, so no 4xx and no notice).
 */
export function uncachedSearchPath(plan: SearchPlan, n: number): string {
  let rest = n % searchCapacity(plan);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[rest % list.length]!;
    rest = Math.floor(rest / list.length);
    return value;
  };
  const word = pick(plan.words);
  const art = pick(plan.arts);
  const feld = pick(plan.felder);
  const page = 1 + (rest % plan.maxPage);
  return `/de/angebote?q=${encodeURIComponent(word)}&art=${art}&feld=${feld}&seite=${page}`;
}

export function searchCapacity(plan: SearchPlan): number {
  return plan.words.length * plan.arts.length * plan.felder.length * plan.maxPage;
}

// A stride coprime to the number of candidate offers (99,999 = 3² · 41 · 271) visits each exactly once.
const offerStride = 7919;

/**
 * The n-th offer slug of a sequence starting at `start` that visits every synthetic
 * offer except the one the cached offer route uses, each once per `offers - 1` requests,
 * so that a run cannot hit a page it rendered before (a random start makes it unlikely
 * across runs too).
 */
export function missOfferPath(start: number, n: number, offers = 100_000): string {
  const excluded = Number(benchOfferSlug.slice("synth-offer-".length));
  const skip = excluded <= offers;
  const candidates = skip ? offers - 1 : offers;
  const index = (((start + n * offerStride) % candidates) + candidates) % candidates;
  const number = skip && index + 1 >= excluded ? index + 2 : index + 1;
  return `/de/angebote/synth-offer-${number}`;
}

export function buildRoutes(plan: SearchPlan, offerStart: number, offers = 100_000): RouteSpec[] {
  const fixed = (key: RouteKey, name: string, target: RouteTarget, path: string, search = false): RouteSpec => ({
    key,
    name,
    target,
    search,
    path: () => path,
    rotating: false,
  });
  return [
    fixed("baseline", "empty static page of the same build", "baseline", "/de/leer"),
    fixed("search", "search, text + 2 filters, same URL every request", "search", cachedSearchPath, true),
    {
      key: "search-uncached",
      name: "search, text + 2 filters, a new URL every request (word, filters, page)",
      target: "info",
      search: true,
      path: (n) => uncachedSearchPath(plan, n),
      rotating: true,
    },
    fixed("city", "city page", "cached", "/de/staedte/synth-001"),
    fixed("city-page-2", "city page, second page", "cached", "/de/staedte/synth-001/seite/2"),
    fixed("district", "district page", "cached", "/de/staedte/synth-001/bezirk-1"),
    fixed("offer", "offer page", "cached", `/de/angebote/${benchOfferSlug}`),
    {
      key: "offer-miss",
      name: "offer page, first request (cache miss): a different offer every request",
      target: "info",
      search: false,
      path: (n) => missOfferPath(offerStart, n, offers),
      rotating: true,
    },
  ];
}

/**
 * BENCH_ROUTES: comma-separated route keys. The baseline is always measured, since
 * every ratio refers to it. Unknown keys are an error that lists the valid ones.
 */
export function selectRoutes(routes: RouteSpec[], filter: string | undefined): RouteSpec[] {
  const wanted = (filter ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key !== "");
  if (wanted.length === 0) return routes;
  const unknown = wanted.filter((key) => !routes.some((route) => route.key === key));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ROUTES: unknown route ${unknown.join(", ")}; known: ${routes.map((r) => r.key).join(", ")}`);
  }
  return routes.filter((route) => route.target === "baseline" || wanted.includes(route.key));
}
