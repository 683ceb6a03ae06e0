import { describe, expect, it } from "vitest";
import { formatAddress, toOpenStreetMapHref } from "@/components/offer/offer-contact";

describe("addresses", () => {
  it("joins the parts that exist", () => {
    expect(formatAddress({ street: "Bahnhofsplatz 29", postcode: "28195", locality: "Bremen" })).toBe("Bahnhofsplatz 29, 28195 Bremen");
    expect(formatAddress({ street: null, postcode: null, locality: "Bremen" })).toBe("Bremen");
    expect(formatAddress({ street: null, postcode: null, locality: null })).toBe("");
  });

  it("links to an OpenStreetMap search, never an embedded map", () => {
    expect(toOpenStreetMapHref("Lange Straße 9, 18055 Rostock")).toBe(
      "https://www.openstreetmap.org/search?query=Lange%20Stra%C3%9Fe%209%2C%2018055%20Rostock",
    );
  });
});
