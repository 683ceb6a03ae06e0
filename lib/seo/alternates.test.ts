import { describe, expect, it } from "vitest";
import { buildAlternates, toAbsoluteUrl } from "./alternates";

describe("buildAlternates", () => {
  it("names the page itself as canonical and every language version", () => {
    expect(buildAlternates("en", "/staedte/essen")).toEqual({
      canonical: "/en/staedte/essen",
      languages: {
        de: "/de/staedte/essen",
        "de-x-ls": "/de-x-ls/staedte/essen",
        en: "/en/staedte/essen",
        tr: "/tr/staedte/essen",
        ar: "/ar/staedte/essen",
        ru: "/ru/staedte/essen",
        pl: "/pl/staedte/essen",
        uk: "/uk/staedte/essen",
        "x-default": "/de/staedte/essen",
      },
    });
  });
  it("handles the home page", () => {
    expect(buildAlternates("de", "").canonical).toBe("/de");
  });
});

describe("toAbsoluteUrl", () => {
  it("joins origin and path", () => {
    expect(toAbsoluteUrl("https://example.org", "/de/merkliste?angebote=a,b")).toBe("https://example.org/de/merkliste?angebote=a,b");
  });
});
