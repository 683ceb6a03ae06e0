import { describe, expect, it } from "vitest";
import { entryOverheadBytes, measureEntry, PagePools, parsePageCacheMb, SizedLru } from "./page-cache.mjs";

const page = (html: string, rsc = 0) => ({ value: { kind: "APP_PAGE", html, rscData: Buffer.alloc(rsc), status: 200 } });

describe("page cache memory", () => {
  it("counts a page in the bytes it holds", () => {
    expect(measureEntry("/de", page("a".repeat(1000), 500))).toBe(entryOverheadBytes + 6 + 1000 + 500);
    // Arabic or Cyrillic text makes V8 keep the whole string two bytes a character.
    expect(measureEntry("/ar", page("ب".repeat(1000)))).toBe(entryOverheadBytes + 6 + 2000);
  });

  it("drops the least recently used entries beyond its size", () => {
    const lru = new SizedLru(300, (_key, value) => Number(value));
    lru.set("a", 100);
    lru.set("b", 100);
    lru.set("c", 100);
    expect(lru.get("a")).toBe(100);
    lru.set("d", 100);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(100);
    expect(lru.totalBytes).toBe(300);
    lru.set("huge", 1000);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.size).toBe(3);
  });

  it("never lets search pages push other pages out", () => {
    const pools = new PagePools(400_000);
    pools.set("/de/staedte/duesseldorf", page("x".repeat(20_000)));
    for (let i = 0; i < 1000; i++) pools.set(`/de/angebote/suche/q${i}`, page("y".repeat(20_000)));
    expect(pools.get("/de/staedte/duesseldorf")).toBeDefined();
    expect(pools.searches.totalBytes).toBeLessThanOrEqual(100_000);
    expect(pools.totalBytes).toBeLessThanOrEqual(400_000);
    expect(pools.get("/de/angebote/suche/q999")).toBeDefined();
    expect(pools.get("/de/angebote/suche/q0")).toBeUndefined();
  });

  it("reads PAGE_CACHE_MB strictly", () => {
    expect(parsePageCacheMb(undefined)).toBe(512);
    expect(parsePageCacheMb("64")).toBe(64);
    expect(() => parsePageCacheMb("lots")).toThrow(/PAGE_CACHE_MB/);
    expect(() => parsePageCacheMb("0")).toThrow(/PAGE_CACHE_MB/);
  });
});
