import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRouteParams } from "./route-params";

describe("route params", () => {
  it("accepts the values real links carry", () => {
    expect(parseRouteParams({ locale: "de-x-ls", offer: "seniorenbuero-bilk" }, { locale: "locale", offer: "slug" })).toEqual({
      locale: "de-x-ls",
      offer: "seniorenbuero-bilk",
    });
    expect(parseRouteParams({ page: "12" }, { page: "page" })).toEqual({ page: 12 });
    expect(parseRouteParams({ id: "0b0f6a52-2d3c-4a4e-9f3a-1c2d3e4f5a6b" }, { id: "uuid" })).not.toBeNull();
    expect(parseRouteParams({ key: ["qYT1i", "Yw"] }, { key: "searchKey" })).toEqual({ key: ["qYT1i", "Yw"] });
  });

  it.each([
    [{ locale: "x.y" }, { locale: "locale" }],
    [{ offer: "a\u0000b" }, { offer: "slug" }],
    [{ offer: "50%" }, { offer: "slug" }],
    [{ offer: "Grossbuchstaben" }, { offer: "slug" }],
    [{ offer: "ä" }, { offer: "slug" }],
    [{ offer: "x".repeat(81) }, { offer: "slug" }],
    [{ offer: undefined }, { offer: "slug" }],
    [{ page: "0" }, { page: "page" }],
    [{ page: "01" }, { page: "page" }],
    [{ page: "1e3" }, { page: "page" }],
    [{ id: "\u0000" }, { id: "uuid" }],
    [{ key: ["q=="] }, { key: "searchKey" }],
    [{ key: [] }, { key: "searchKey" }],
  ] as const)("refuses %j", (raw, shape) => {
    expect(parseRouteParams(raw, shape)).toBeNull();
  });

  it("never lets a control character, a percent sign or a non-ASCII letter through as a slug", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const parsed = parseRouteParams({ offer: value }, { offer: "slug" });
        if (parsed) expect(parsed.offer).toMatch(/^[a-z0-9-]+$/);
      }),
    );
  });

  it.each([
    ["1", 1],
    ["2", 2],
    ["999999", 999999],
  ])("reads the page segment %s", (value, expected) => {
    expect(parseRouteParams({ page: value }, { page: "page" })?.page).toBe(expected);
  });

  it.each(["0", "01", "-1", "2.5", "x", "", "1234567", "1e3"])("refuses the page segment %s", (value) => {
    expect(parseRouteParams({ page: value }, { page: "page" })).toBeNull();
  });
});
