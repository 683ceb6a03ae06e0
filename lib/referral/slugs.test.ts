import { describe, expect, it } from "vitest";
import { maxReferralOffers } from "./schema";
import {
  addReferralSlug,
  formatSharedSlugs,
  parseReferralCookie,
  parseSharedSlugs,
  removeReferralSlug,
  serializeReferralCookie,
} from "./slugs";

const many = Array.from({ length: 70 }, (_, i) => `angebot-${i}`);

describe("referral cookie", () => {
  it("round-trips a list in the reader's order", () => {
    const slugs = ["essen-zentrum-60plus", "duesseldorf-plus-lotsen", "a1"];
    expect(parseReferralCookie(serializeReferralCookie(slugs))).toEqual(slugs);
  });

  it("reads a missing or empty cookie as an empty list", () => {
    expect(parseReferralCookie(undefined)).toEqual([]);
    expect(parseReferralCookie("")).toEqual([]);
  });

  it("drops junk entries one by one and keeps the good ones", () => {
    expect(parseReferralCookie("gut.<script>.GROSS.--.a-b.%20.gut")).toEqual(["gut", "a-b"]);
    expect(parseReferralCookie(`${"x".repeat(121)}.ok`)).toEqual(["ok"]);
  });

  it(`keeps at most ${maxReferralOffers} offers`, () => {
    const parsed = parseReferralCookie(many.join("."));
    expect(parsed).toHaveLength(maxReferralOffers);
    expect(parsed[0]).toBe("angebot-0");
    expect(serializeReferralCookie(many).split(".")).toHaveLength(maxReferralOffers);
  });

  it("ignores an absurdly long cookie instead of parsing it", () => {
    expect(parseReferralCookie("a.".repeat(5000))).toEqual([]);
  });
});

describe("share link list", () => {
  it("parses and formats the comma form", () => {
    expect(parseSharedSlugs("b,a, c ,b")).toEqual(["b", "a", "c"]);
    expect(formatSharedSlugs(["b", "a"])).toBe("b,a");
    expect(parseSharedSlugs(["a", "b,c"])).toEqual(["a", "b", "c"]);
    expect(parseSharedSlugs(undefined)).toEqual([]);
    expect(parseSharedSlugs("'; DROP TABLE offer;--")).toEqual([]);
  });
});

describe("add and remove", () => {
  it("adds once, removes, and refuses to grow beyond the cap", () => {
    expect(addReferralSlug(["a"], "b")).toEqual(["a", "b"]);
    expect(addReferralSlug(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(removeReferralSlug(["a", "b"], "a")).toEqual(["b"]);
    expect(removeReferralSlug(["a"], "zzz")).toEqual(["a"]);
    const full = many.slice(0, maxReferralOffers);
    expect(addReferralSlug(full, "neu")).toBe(full);
  });
});
