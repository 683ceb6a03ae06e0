import { describe, expect, it } from "vitest";
import {
  defaultReadingPreferences,
  isDefaultReadingPreferences,
  parseReadingPreferences,
  serializeReadingPreferences,
} from "./preferences";
import { textSizes } from "./schema";

describe("reading preferences cookie", () => {
  it("has at least three text sizes", () => {
    expect(textSizes.length).toBeGreaterThanOrEqual(3);
  });

  it.each(textSizes.flatMap((size) => (["normal", "hoch"] as const).map((contrast) => ({ textSize: size, contrast }))))(
    "round-trips %o",
    (preferences) => {
      expect(parseReadingPreferences(serializeReadingPreferences(preferences))).toEqual(preferences);
    },
  );

  it("falls back per part on junk", () => {
    expect(parseReadingPreferences(undefined)).toEqual(defaultReadingPreferences);
    expect(parseReadingPreferences("riesig.hoch")).toEqual({ textSize: "normal", contrast: "hoch" });
    expect(parseReadingPreferences("gross.<b>")).toEqual({ textSize: "gross", contrast: "normal" });
    expect(parseReadingPreferences("x".repeat(100))).toEqual(defaultReadingPreferences);
  });

  it("knows the default", () => {
    expect(isDefaultReadingPreferences(defaultReadingPreferences)).toBe(true);
    expect(isDefaultReadingPreferences({ textSize: "gross", contrast: "normal" })).toBe(false);
  });
});
