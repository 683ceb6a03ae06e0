import { afterEach, describe, expect, it } from "vitest";
import { HsdsError } from "./errors";
import { handleHsdsGet, isNotModified, jsonBody } from "./http";

const url = "http://localhost/api/hsds/services";
const lastModified = new Date("2025-04-02T10:11:12.999Z");
const ok = async () => jsonBody({ hello: "welt" }, lastModified);

afterEach(() => {
  delete process.env.HSDS_RATE_LIMIT;
});

describe("HSDS HTTP behaviour", () => {
  it("answers with caching, validator and CORS headers", async () => {
    process.env.HSDS_RATE_LIMIT = "0";
    const response = await handleHsdsGet(new Request(url), ok);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: "welt" });
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("last-modified")).toBe("Wed, 02 Apr 2025 10:11:12 GMT");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await handleHsdsGet(new Request(url, { headers: { "if-none-match": `W/${etag}` } }), ok);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("decides revalidation by ETag first, then by date", () => {
    const request = (headers: Record<string, string>) => new Request(url, { headers });
    expect(isNotModified(request({ "if-none-match": '"a", "b"' }), '"b"', lastModified)).toBe(true);
    expect(
      isNotModified(request({ "if-none-match": '"a"', "if-modified-since": "Thu, 01 Jan 2099 00:00:00 GMT" }), '"b"', lastModified),
    ).toBe(false);
    expect(isNotModified(request({ "if-modified-since": "Wed, 02 Apr 2025 10:11:12 GMT" }), '"b"', lastModified)).toBe(true);
    expect(isNotModified(request({ "if-modified-since": "Wed, 02 Apr 2025 10:11:11 GMT" }), '"b"', lastModified)).toBe(false);
    expect(isNotModified(request({ "if-modified-since": "junk" }), '"b"', lastModified)).toBe(false);
  });

  it("turns errors into the JSON error shape and hides unexpected ones", async () => {
    process.env.HSDS_RATE_LIMIT = "0";
    const bad = await handleHsdsGet(new Request(url), async () => {
      throw HsdsError.badParameter("page", "page must be a whole number");
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid_parameter", message: "page must be a whole number", parameter: "page" } });
    const original = console.error;
    console.error = () => {};
    const broken = await handleHsdsGet(new Request(url), async () => {
      throw new Error("secret database detail");
    });
    console.error = original;
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toContain("secret");
  });

  it("limits each address and says when to retry", async () => {
    process.env.HSDS_RATE_LIMIT = "2";
    const request = () => new Request(url, { headers: { "x-forwarded-for": "192.0.2.44" } });
    expect((await handleHsdsGet(request(), ok)).status).toBe(200);
    expect((await handleHsdsGet(request(), ok)).status).toBe(200);
    const limited = await handleHsdsGet(request(), ok);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    expect((await limited.json()).error.code).toBe("rate_limited");
  });
});
