import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter, readRateLimitConfig } from "./rate-limit";

describe("rate limit", () => {
  it("allows a burst of `capacity` requests, then refuses with the seconds until the next token", () => {
    let now = 0;
    const take = createRateLimiter(() => now);
    const config = { capacity: 3, windowSeconds: 60 };
    expect([1, 2, 3].map(() => take("a", config).allowed)).toEqual([true, true, true]);
    expect(take("a", config)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(take("b", config).allowed).toBe(true);
    now = 19_000;
    expect(take("a", config)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 20_000;
    expect(take("a", config).allowed).toBe(true);
  });

  it("reads its limits from the environment; 0 switches it off", () => {
    expect(readRateLimitConfig({})).toEqual({ capacity: 120, windowSeconds: 60 });
    expect(readRateLimitConfig({ HSDS_RATE_LIMIT: "5", HSDS_RATE_LIMIT_WINDOW_SECONDS: "10" })).toEqual({ capacity: 5, windowSeconds: 10 });
    expect(readRateLimitConfig({ HSDS_RATE_LIMIT: "0" })).toBeNull();
    expect(readRateLimitConfig({ HSDS_RATE_LIMIT: "junk" })).toEqual({ capacity: 120, windowSeconds: 60 });
  });

  it("keys clients by the address the nearest proxy added", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientKey(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
