import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSearchKey, toQueryRecord, toSearchKey } from "./cache-key";

describe("search cache key", () => {
  it("round-trips any query", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 6 }), (pairs) => {
        const query = new URLSearchParams(pairs.filter(([name]) => name !== "offen"));
        const key = toSearchKey(query);
        if (key === null) return; // too long to cache
        expect(key).toMatch(/^q[A-Za-z0-9_/-]*$/);
        for (const segment of key.split("/")) expect(segment.length).toBeLessThanOrEqual(200);
        expect(fromSearchKey(key)?.toString()).toBe(query.toString());
      }),
    );
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
    const key = toSearchKey(new URLSearchParams({ q: "Begegnungsstätte ".repeat(40) }))!;
    expect(key.split("/").length).toBeGreaterThan(1);
    expect(fromSearchKey(key)?.get("q")).toBe("Begegnungsstätte ".repeat(40));
    expect(fromSearchKey(key.split("/"))?.get("q")).toBe("Begegnungsstätte ".repeat(40));
  });

  it("does not cache searches that depend on the clock or are overlong", () => {
    expect(toSearchKey(new URLSearchParams("q=Treff&offen=1"))).toBeNull();
    expect(toSearchKey(new URLSearchParams({ q: "x".repeat(2000) }))).toBeNull();
  });

  it("rejects what is not a key", () => {
    expect(fromSearchKey("abc")).toBeNull();
    expect(fromSearchKey("q$$")).toBeNull();
    expect(fromSearchKey("q_w")).toBeNull(); // not valid UTF-8
  });
});

describe("toQueryRecord", () => {
  it("keeps single values as strings and repeated names as arrays", () => {
    expect(toQueryRecord(new URLSearchParams("q=Treff&art=a&art=b"))).toEqual({ q: "Treff", art: ["a", "b"] });
  });
});
