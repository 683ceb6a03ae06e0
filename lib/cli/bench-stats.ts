// Exact latency percentiles for the benchmark, computed from every response time
// of a run (autocannon's own summary only has p97.5, not p95).

export type LatencySummary = { count: number; p50: number; p95: number; p99: number };

/** Nearest-rank percentile of an ascending list; NaN for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarizeLatency(times: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(times).sort();
  const list = Array.from(sorted);
  return { count: list.length, p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99) };
}

export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return "–";
  return ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

export function formatLatency(summary: LatencySummary): string {
  return `${formatMs(summary.p50)} / ${formatMs(summary.p95)} / ${formatMs(summary.p99)}`;
}
