import { describe, expect, it } from "vitest";
import { sharedOfferText, wordsInEverySyntheticOffer } from "./bench-data";

describe("synthetic offer texts", () => {
  it("contain every word the uncached search rotates through", () => {
    for (const word of wordsInEverySyntheticOffer) expect(sharedOfferText).toContain(word);
  });

  it("can go into the SQL as literals", () => {
    expect(sharedOfferText).not.toMatch(/['\\]/);
  });
});
