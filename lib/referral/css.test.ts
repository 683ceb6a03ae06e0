import { describe, expect, it } from "vitest";
import { buildReferralCss, toCssString } from "./css";
import { maxReferralOffers } from "./schema";

describe("the reader's Merkliste stylesheet", () => {
  it("shows the remove form for listed offers only", () => {
    const css = buildReferralCss(["zentrum-plus-1"], { count: "(1 Angebot)", full: "voll" });
    expect(css).toContain(":root #merkliste-zentrum-plus-1 .referral-remove { display: inline-flex; }");
    expect(css).toContain(":root #merkliste-zentrum-plus-1 .referral-add { display: none; }");
    expect(css).not.toContain(":root .referral-add { display: none; }");
    expect(css).not.toContain("voll");
  });

  it("shows the 'list is full' note instead of every add form once the list is full", () => {
    const slugs = Array.from({ length: maxReferralOffers }, (_, i) => `angebot-${i}`);
    const css = buildReferralCss(slugs, { count: "(50 Angebote)", full: "Die Merkliste ist voll." });
    expect(css).toContain(":root .referral-add { display: none; }");
    expect(css).toContain(
      ':root .referral-toggle::after { display: block; content: "Die Merkliste ist voll."; color: var(--color-muted); }',
    );
    expect(css).toContain(":root #merkliste-angebot-0::after { content: none; }");
  });

  it("never lets a slug or label break out of its rule", () => {
    const css = buildReferralCss(['a"]{}', "gut"], { count: 'x"; } body { display: none', full: "" });
    expect(css).not.toContain('a"]');
    expect(css).toContain("#merkliste-gut");
    expect(css).toContain('content: "x\\22 ; } body { display: none";');
  });

  it("escapes quotes, backslashes, line breaks and angle brackets", () => {
    expect(toCssString('a"b\\c\nd<e>')).toBe('"a\\22 b\\5c c\\a d\\3c e\\3e "');
  });
});
