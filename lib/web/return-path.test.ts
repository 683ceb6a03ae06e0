import { describe, expect, it } from "vitest";
import { isSameOriginPost, toRefererPath, toSafeReturnPath } from "./return-path";

describe("toSafeReturnPath", () => {
  it.each([
    ["/de/staedte/essen", "/de/staedte/essen"],
    ["/de/angebote?q=treff&stadt=essen", "/de/angebote?q=treff&stadt=essen"],
    ["/de/merkliste#merkliste-a", "/de/merkliste"],
    ["/de/../en/", "/en/"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(toSafeReturnPath(input, "/de")).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "de/staedte",
    "/de\nLocation: https://evil.example",
    "/de\u0000",
    "",
    "/" + "a".repeat(2001),
  ])("refuses %j", (input) => {
    expect(toSafeReturnPath(input, "/de")).toBe("/de");
  });

  it("refuses non-strings", () => {
    expect(toSafeReturnPath(undefined, "/en")).toBe("/en");
    expect(toSafeReturnPath(42, "/en")).toBe("/en");
  });
});

describe("toRefererPath", () => {
  it("takes path and query from a same-host referer", () => {
    expect(toRefererPath("http://127.0.0.1:3000/de/angebote?q=x", "127.0.0.1:3000")).toBe("/de/angebote?q=x");
  });
  it("ignores a foreign, missing or broken referer", () => {
    expect(toRefererPath("https://evil.example/de", "127.0.0.1:3000")).toBeNull();
    expect(toRefererPath(null, "127.0.0.1:3000")).toBeNull();
    expect(toRefererPath("not a url", "127.0.0.1:3000")).toBeNull();
    expect(toRefererPath("http://127.0.0.1:3000/de", null)).toBeNull();
  });
});

describe("isSameOriginPost", () => {
  it("accepts our own origin and a missing Origin header, refuses others", () => {
    expect(isSameOriginPost("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOriginPost(null, "localhost:3000")).toBe(true);
    expect(isSameOriginPost("https://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOriginPost("null", "localhost:3000")).toBe(false);
  });
});
