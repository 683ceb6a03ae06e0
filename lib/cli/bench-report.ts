import type { RouteSpec } from "./bench-routes";
import { formatLatency } from "./bench-stats";
import type { LatencySummary } from "./bench-stats";

// The issue's targets (2-core machine, 10 connections) and the table `npm run bench` prints.
export const targets = {
  /** Offer, city and district pages served from cache: share of the baseline's requests/s. */
  cachedRatio: 0.9,
  /** Search at 100,000 offers: share of the baseline's requests/s … */
  searchRatio: 0.3,
  /** … and its p95 latency at one connection. */
  searchP95Ms: 30,
  /** The app's JavaScript on top of the empty page's, gzip, per public route (1 KB = 1024 bytes). */
  jsOverheadBytes: 30 * 1024,
} as const;

export type Measurement = {
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Non-2xx responses, connection errors, timeouts; for search pages also notice or empty pages. */
  bad: number;
  /** x-nextjs-cache values seen in the responses ("none" when absent). */
  cache: Record<string, number>;
};

export type RouteResult = {
  route: RouteSpec;
  /** What the route answered after warm-up (the measured path for fixed routes, a fresh one for rotating routes). */
  status: number;
  cacheAfterWarmup: string;
  at10: Measurement;
  at1: Measurement;
  /** Gzipped JavaScript the page ships: external scripts plus inline ones (RSC payload). */
  jsBytes: number;
  /**
   * Median of route/baseline req/s ratios measured back to back in pairs at 10
   * connections (routes with a throughput target): robust against the machine's drift.
   */
  pairedRatio?: { median: number; pairs: number };
};

export type Verdict = "PASS" | "FAIL" | "info" | "–";
export type Verdicts = { throughput: Verdict; p95: Verdict; js: Verdict };

/** The paired ratio where there is one, else this run's req/s against the baseline run's. */
export function ratio(result: RouteResult, baseline: RouteResult): number {
  if (result.pairedRatio) return result.pairedRatio.median;
  return baseline.at10.requestsPerSecond > 0 ? result.at10.requestsPerSecond / baseline.at10.requestsPerSecond : 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function judge(result: RouteResult, baseline: RouteResult): Verdicts {
  const { target } = result.route;
  const broken = result.at10.bad + result.at1.bad > 0 || result.status < 200 || result.status >= 300;
  const share = ratio(result, baseline);
  const pass = (ok: boolean): Verdict => (ok && !broken ? "PASS" : "FAIL");
  const throughputs: Record<typeof target, () => Verdict> = {
    baseline: () => "–",
    cached: () => pass(share >= targets.cachedRatio),
    search: () => pass(share >= targets.searchRatio),
    info: () => "info",
  };
  const throughput = throughputs[target]();
  const p95: Verdict = target === "search" ? pass(result.at1.latency.p95 <= targets.searchP95Ms) : "–";
  const js: Verdict = target === "baseline" ? "–" : pass(result.jsBytes - baseline.jsBytes <= targets.jsOverheadBytes);
  return { throughput, p95, js };
}

/** "HIT 100 %", "MISS 97 %, HIT 3 %", "none". */
export function formatCacheMix(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return "–";
  if (counts.none === total) return "none";
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value} ${Math.round((n / total) * 100)} %`)
    .join(", ");
}

/** Below this many responses in a run the percentiles are rough; the cell gets a "*". */
export const fewResponses = 100;
const latencyCell = (latency: LatencySummary) => `${formatLatency(latency)}${latency.count < fewResponses ? ` * n=${latency.count}` : ""}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const tableHeader = [
  "route",
  "status",
  "x-nextjs-cache (warm / in run)",
  "req/s 10 conn",
  "of baseline",
  "ms p50/p95/p99 10 conn",
  "ms p50/p95/p99 1 conn",
  "JS gzip (+ over empty)",
  "bad",
  "req/s target",
  "p95@1 target",
  "JS target",
] as const;

export function tableRow(result: RouteResult, baseline: RouteResult): string[] {
  const verdicts = judge(result, baseline);
  const overhead = result.jsBytes - baseline.jsBytes;
  return [
    result.route.key,
    String(result.status),
    `${result.cacheAfterWarmup} / ${formatCacheMix(result.at10.cache)}`,
    result.at10.requestsPerSecond.toFixed(0),
    `${(ratio(result, baseline) * 100).toFixed(0)} %${result.pairedRatio ? ` (paired, n=${result.pairedRatio.pairs})` : ""}`,
    latencyCell(result.at10.latency),
    latencyCell(result.at1.latency),
    result.route.target === "baseline"
      ? kb(result.jsBytes)
      : `${kb(result.jsBytes)} (${overhead >= 0 ? "+" : "−"}${kb(Math.abs(overhead))})`,
    String(result.at10.bad + result.at1.bad),
    verdicts.throughput,
    verdicts.p95,
    verdicts.js,
  ];
}

export function formatTable(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join(" | ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

export function legend(seconds: number): string {
  return [
    `Targets (issue; 2 cores, 10 connections): cached routes (city, city page 2, district, offer) ≥ ${targets.cachedRatio * 100} % of the baseline's req/s;`,
    `search (same URL) ≥ ${targets.searchRatio * 100} % of the baseline's req/s and p95 ≤ ${targets.searchP95Ms} ms at 1 connection;`,
    `JS of every route ≤ ${targets.jsOverheadBytes / 1024} KB gzip on top of the empty page's. "info" rows have no throughput target.`,
    `A route with bad responses (non-2xx, errors, timeouts; for search also notice or empty-result pages) fails its targets.`,
    `"of baseline" with "(paired, n=…)": the median of n ratios, each from a baseline run and a route run right after it`,
    `(BENCH_PAIRS, BENCH_PAIR_SECONDS); the machine's speed drifts, and back-to-back pairs cancel most of that out.`,
    `Latency: exact percentiles over every response of a run (${seconds} s each, at 10 and at 1 connection);`,
    `"* n=…": fewer than ${fewResponses} responses in that run, so the percentiles are rough (raise BENCH_SECONDS).`,
    `x-nextjs-cache: the header after warm-up / its share among the 10-connection run's responses; "none" = not sent (rendered per request).`,
  ].join("\n");
}

export function summaryLine(results: RouteResult[], baseline: RouteResult): string {
  const all = results.flatMap((r) => Object.values(judge(r, baseline))).filter((v) => v === "PASS" || v === "FAIL");
  const passed = all.filter((v) => v === "PASS").length;
  return `${passed} of ${all.length} target checks passed.`;
}
