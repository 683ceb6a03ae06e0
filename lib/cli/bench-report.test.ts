import { describe, expect, it } from "vitest";
import { formatCacheMix, formatTable, judge, median, ratio, summaryLine, tableHeader, tableRow, targets } from "./bench-report";
import type { Measurement, RouteResult } from "./bench-report";
import { buildRoutes } from "./bench-routes";
import type { RouteKey } from "./bench-routes";

const routes = buildRoutes({ words: ["Beratung"], arts: ["a"], felder: ["x"], maxPage: 2 }, 0);
const spec = (key: RouteKey) => routes.find((r) => r.key === key)!;

function measurement(rps: number, p95 = 5, bad = 0): Measurement {
  return { requestsPerSecond: rps, latency: { count: 100, p50: 1, p95, p99: p95 * 2 }, bad, cache: { HIT: 100 } };
}

function result(key: RouteKey, rps: number, options: { p95?: number; bad?: number; js?: number; status?: number } = {}): RouteResult {
  return {
    route: spec(key),
    status: options.status ?? 200,
    cacheAfterWarmup: "HIT",
    at10: measurement(rps, 10, options.bad),
    at1: measurement(rps / 3, options.p95 ?? 5),
    jsBytes: options.js ?? 150_000,
  };
}

const baseline = result("baseline", 1000, { js: 120_000 });

describe("judge", () => {
  it("holds cached routes to 90 % of the baseline", () => {
    expect(judge(result("offer", 900), baseline).throughput).toBe("PASS");
    expect(judge(result("offer", 899), baseline).throughput).toBe("FAIL");
  });

  it("holds search to 30 % and p95 ≤ 30 ms at one connection", () => {
    expect(judge(result("search", 300, { p95: 30 }), baseline)).toEqual({ throughput: "PASS", p95: "PASS", js: "PASS" });
    expect(judge(result("search", 299, { p95: 30.1 }), baseline)).toMatchObject({ throughput: "FAIL", p95: "FAIL" });
  });

  it("reports informational routes without a throughput target", () => {
    expect(judge(result("offer-miss", 10), baseline)).toEqual({ throughput: "info", p95: "–", js: "PASS" });
    expect(judge(baseline, baseline)).toEqual({ throughput: "–", p95: "–", js: "–" });
  });

  it("allows 30 KB of JavaScript over the empty page", () => {
    expect(judge(result("city", 1000, { js: 120_000 + targets.jsOverheadBytes }), baseline).js).toBe("PASS");
    expect(judge(result("city", 1000, { js: 120_001 + targets.jsOverheadBytes }), baseline).js).toBe("FAIL");
  });

  it("fails a route that answers with errors however fast it is", () => {
    expect(judge(result("city-page-2", 5000, { bad: 1 }), baseline).throughput).toBe("FAIL");
    expect(judge(result("city-page-2", 5000, { status: 404 }), baseline)).toMatchObject({ throughput: "FAIL", js: "FAIL" });
  });
});

describe("output", () => {
  it("summarises the x-nextjs-cache mix", () => {
    expect(formatCacheMix({ HIT: 10 })).toBe("HIT 100 %");
    expect(formatCacheMix({ none: 7 })).toBe("none");
    expect(formatCacheMix({ HIT: 3, MISS: 97 })).toBe("MISS 97 %, HIT 3 %");
    expect(formatCacheMix({})).toBe("–");
  });

  it("prints one aligned row per route", () => {
    const rows = [baseline, result("offer", 950)].map((r) => tableRow(r, baseline));
    expect(rows[1]).toContain("95 %");
    expect(rows[1]).toContain("146.5 KB (+29.3 KB)");
    const table = formatTable(tableHeader, rows).split("\n");
    expect(table).toHaveLength(4);
    expect(table[2]!.indexOf("|")).toBe(table[3]!.indexOf("|"));
    expect(rows[1]![5]).toBe("1.0 / 10.0 / 20.0");
    const slow = { ...result("search", 2), at1: { ...measurement(1), latency: { count: 3, p50: 900, p95: 1000, p99: 1000 } } };
    expect(tableRow(slow, baseline)[6]).toBe("900 / 1000 / 1000 * n=3");
    expect(summaryLine([baseline, result("offer", 950)], baseline)).toBe("2 of 2 target checks passed.");
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe("paired ratio", () => {
  it("judges on the paired median when there is one", () => {
    const baseline = result("baseline", 1000);
    const city = { ...result("city", 500), pairedRatio: { median: 0.93, pairs: 5 } };
    expect(ratio(city, baseline)).toBe(0.93);
    expect(judge(city, baseline).throughput).toBe("PASS");
    expect(tableRow(city, baseline)[4]).toBe("93 % (paired, n=5)");
    expect(judge(result("city", 500), baseline).throughput).toBe("FAIL");
  });
});
