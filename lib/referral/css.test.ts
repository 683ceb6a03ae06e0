import { describe, expect, it } from "vitest";
import { buildReferralCss, toCssString } from "./css";
import { maxReferralOffers } from "./schema";

describe("the reader's Merkliste stylesheet", () => {
  it("shows the remove form for listed offers only", () => {
    const css = buildReferralCss(["zentrum-plus-1"], "(1 Angebot)");
    expect(css).toContain(':root [data-referral="zentrum-plus-1"] .referral-remove { display: inline-flex; }');
    expect(css).toContain(':root [data-referral="zentrum-plus-1"] .referral-add, :root [data-referral="zentrum-plus-1"] .referral-full { display: none; }');
    expect(css).not.toContain(":root .referral-add { display: none; }");
  });

  it("shows the 'list is full' note instead of every add form once the list is full", () => {
    const slugs = Array.from({ length: maxReferralOffers }, (_, i) => `angebot-${i}`);
    const css = buildReferralCss(slugs, "(50 Angebote)");
    expect(css).toContain(":root .referral-add { display: none; }");
    expect(css).toContain(":root .referral-full { display: block; }");
  });

  it("never lets a slug or label break out of its rule", () => {
    const css = buildReferralCss(['a"]{}', "gut"], 'x"; } body { display: none');
    expect(css).not.toContain('a"]');
    expect(css).toContain('[data-referral="gut"]');
    expect(css).toContain('content: "x\\22 ; } body { display: none";');
  });

  it("escapes quotes, backslashes, line breaks and angle brackets", () => {
    expect(toCssString('a"b\\c\nd<e>')).toBe('"a\\22 b\\5c c\\a d\\3c e\\3e "');
  });
});
