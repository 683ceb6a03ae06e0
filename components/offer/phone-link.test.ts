import { describe, expect, it } from "vitest";
import { toTelHref } from "@/components/offer/phone-link";

describe("toTelHref", () => {
  it.each([
    ["0211-89-93577", "tel:+492118993577"],
    ["(0341) 123 45 67", "tel:+493411234567"],
    ["+49 (0)69 212 – 45058", "tel:+496921245058"],
    ["0911/2 31- 6627", "tel:+499112316627"],
  ])("%s → %s", (printed, href) => {
    expect(toTelHref(printed)).toBe(href);
  });
});
