import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSearchKey } from "./cache-key";
import { toSearchKey } from "./canonical-key";
import { toQueryRecord } from "@/lib/web/query-record";
import { listParams, parseSearchParams } from "./schema";
import type { SearchParams } from "./schema";

describe("search cache key", () => {
  it("stands for the same search as the query it was made from", () => {
    const names = ["q", "stadt", "bezirk", "art", "sprache", "kostenlos", "seite", "nonce"];
    const values = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("duesseldorf", "beratungsstelle", "tr", "ja", "2", "Begegnungsstätte"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), values), { maxLength: 8 }), (pairs) => {
        const query = new URLSearchParams(pairs);
        const key = toSearchKey(query);
        if (key === null) return; // refused values or too long: answered fresh
        expect(key).toMatch(/^q[A-Za-z0-9_/-]*$/);
        for (const segment of key.split("/")) expect(segment.length).toBeLessThanOrEqual(200);
        const sorted = (params: SearchParams) => ({ ...params, ...Object.fromEntries(listParams.map((p) => [p, [...params[p]].sort()])) });
        const expected = sorted(parseSearchParams(toQueryRecord(query)).params);
        expect(sorted(parseSearchParams(toQueryRecord(fromSearchKey(key)!)).params)).toEqual(expected);
        // The canonical key is a fixed point: a key sent directly is checked this way (proxy.ts).
        expect(toSearchKey(fromSearchKey(key)!)).toBe(key);
      }),
    );
  });

  it("makes no new key for unknown parameters, repeats, order or page 1", () => {
    const key = toSearchKey(new URLSearchParams("q=Treff&art=a&art=b"));
    expect(toSearchKey(new URLSearchParams("art=b&q=Treff&art=a&nonce=123&utm_source=x"))).toBe(key);
    expect(toSearchKey(new URLSearchParams("q=%20Treff%20&art=a&art=b&art=a&seite=1"))).toBe(key);
  });

  it("keeps umlauts and repeated filters", () => {
    const query = new URLSearchParams("q=Begegnungsst%C3%A4tte&art=a&art=b&seite=2");
    expect(fromSearchKey(toSearchKey(query)!)?.getAll("art")).toEqual(["a", "b"]);
    expect(fromSearchKey(toSearchKey(query)!)?.get("q")).toBe("Begegnungsstätte");
  });

  it("gives the empty search a key", () => {
    expect(toSearchKey(new URLSearchParams())).toBe("q");
    expect(fromSearchKey("q")?.toString()).toBe("");
  });

  it("cuts long keys into segments a file system accepts", () => {
    const words = "Begegnungsstätte Nachbarschaft Demenz Beratung Hilfe ".repeat(3).trim();
    const key = toSearchKey(new URLSearchParams({ q: words }))!;
    expect(key.split("/").length).toBeGreaterThan(1);
    expect(fromSearchKey(key)?.get("q")).toBe(words);
    expect(fromSearchKey(key.split("/"))?.get("q")).toBe(words);
  });

  it("does not cache searches that depend on the clock, refuse a value or are overlong", () => {
    expect(toSearchKey(new URLSearchParams("q=Treff&offen=1"))).toBeNull();
    expect(toSearchKey(new URLSearchParams("q=Treff&sprache=xx1"))).toBeNull();
    expect(toSearchKey(new URLSearchParams({ q: "x".repeat(2000) }))).toBeNull();
  });

  it("rejects what is not a key", () => {
    expect(fromSearchKey("abc")).toBeNull();
    expect(fromSearchKey("q$$")).toBeNull();
    expect(fromSearchKey("q_w")).toBeNull(); // not valid UTF-8
  });
});
