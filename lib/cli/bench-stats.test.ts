import { describe, expect, it } from "vitest";
import { formatLatency, formatMs, percentile, summarizeLatency } from "./bench-stats";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0, 1],
  ])("p%i of 1…100 is %i", (p, value) => {
    expect(percentile(hundred, p)).toBe(value);
  });

  it("picks the upper value when the rank falls between two", () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
  });

  it("is NaN without data", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarizeLatency", () => {
  it("sorts numerically, not as strings", () => {
    const times = [100, 9, 80, 1, 2.5, 30, 7, 6, 5, 4];
    expect(summarizeLatency(times)).toEqual({ count: 10, p50: 6, p95: 100, p99: 100 });
  });

  it("tells p95 apart from p97.5", () => {
    const times = Array.from({ length: 1000 }, (_, i) => (i < 960 ? 1 : 50));
    const summary = summarizeLatency(times);
    expect(summary.p95).toBe(1);
    expect(summary.p99).toBe(50);
  });
});

describe("formatting", () => {
  it("shows one decimal below 100 ms and a dash without data", () => {
    expect(formatMs(4.26)).toBe("4.3");
    expect(formatMs(123.4)).toBe("123");
    expect(formatLatency({ count: 0, p50: NaN, p95: NaN, p99: NaN })).toBe("– / – / –");
  });
});
