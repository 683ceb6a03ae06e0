// A token bucket per client address, kept in this process's memory: each address may
// make `capacity` requests at once and gets `capacity` new ones per `windowSeconds`.
// Several app processes each keep their own buckets, so the effective limit is per
// process; a shared store (e.g. the reverse proxy's own limit) is needed beyond that.

export type RateLimitConfig = { capacity: number; windowSeconds: number };
export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

const maxBuckets = 10_000;

export function createRateLimiter(now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, config: RateLimitConfig, at: number): void {
    const perMs = config.capacity / (config.windowSeconds * 1000);
    bucket.tokens = Math.min(config.capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  }

  // Buckets that have refilled completely carry no information; drop them when the map grows.
  function prune(config: RateLimitConfig, at: number): void {
    for (const [key, bucket] of buckets) {
      refill(bucket, config, at);
      if (bucket.tokens >= config.capacity) buckets.delete(key);
    }
  }

  return function take(key: string, config: RateLimitConfig): RateLimitDecision {
    const at = now();
    if (buckets.size >= maxBuckets && !buckets.has(key)) prune(config, at);
    const bucket = buckets.get(key) ?? { tokens: config.capacity, updatedAt: at };
    refill(bucket, config, at);
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const perSecond = config.capacity / config.windowSeconds;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  };
}

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

// HSDS_RATE_LIMIT=0 switches the limit off (e.g. behind a proxy that limits already).
export function readRateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig | null {
  const capacity = Math.floor(positiveNumber(env.HSDS_RATE_LIMIT, 120));
  const windowSeconds = positiveNumber(env.HSDS_RATE_LIMIT_WINDOW_SECONDS, 60) || 60;
  return capacity === 0 ? null : { capacity, windowSeconds };
}

// The right-most X-Forwarded-For entry is the one added by the nearest proxy (Next.js
// itself fills it with the socket address when a request arrives without one).
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
