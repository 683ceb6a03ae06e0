import { describe, expect, it } from "vitest";
import { isSafePath, toCanonicalPath, toNotFoundPath } from "./safe-path.mjs";

describe("isSafePath", () => {
  it.each([
    "/",
    "/de",
    "/de-x-ls/staedte/duesseldorf/seite/2",
    "/de/angebote/suche/qcT1h_-",
    "/de/angebote/x/kontakt.vcf",
    "/api/hsds/services",
  ])("accepts %s", (path) => expect(isSafePath(path)).toBe(true));

  it.each([
    "/de/angebote/a%00b",
    "/de/%25",
    "/de/angebote/50%25",
    "/api/hsds/services/%E4",
    "/de/st%C3%A4dte",
    "/de/a b",
    "/de/../admin",
    "http://evil.example/de",
    "*",
    "/" + "a".repeat(5000),
  ])("refuses %s", (path) => expect(isSafePath(path)).toBe(false));
});

describe("toNotFoundPath", () => {
  it("keeps the API's and the page's language", () => {
    expect(toNotFoundPath("/api/hsds/services/%E4")).toBe("/api/hsds/nicht-gefunden");
    expect(toNotFoundPath("/api/x%00")).toBe("/api/nicht-gefunden");
    expect(toNotFoundPath("/ru/angebote/%E4")).toBe("/ru/nicht-gefunden");
    expect(toNotFoundPath("/de-x-ls/%25")).toBe("/de-x-ls/nicht-gefunden");
    expect(toNotFoundPath("/%E4")).toBe("/de/nicht-gefunden");
  });
});

describe("toCanonicalPath", () => {
  it.each([
    ["/", "/"],
    ["//", "/"],
    ["/de/", "/de"],
    ["//angebote", "/angebote"],
    ["/de//staedte///essen/", "/de/staedte/essen"],
    ["/de/staedte", "/de/staedte"],
  ])("%s → %s", (path, expected) => expect(toCanonicalPath(path)).toBe(expected));
});
