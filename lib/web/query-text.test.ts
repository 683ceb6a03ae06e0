import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseQueryText } from "./query-text";

describe("normaliseQueryText", () => {
  it("turns NUL bytes and other control characters into spaces", () => {
    expect(normaliseQueryText("a\u0000b")).toBe("a b");
    expect(normaliseQueryText("\u0000")).toBe("");
    expect(normaliseQueryText(" Treff\t\u007f\u0085 punkt\r\n")).toBe("Treff punkt");
  });

  it("composes umlauts (NFC)", () => {
    expect(normaliseQueryText("Begegnungssta\u0308tte")).toBe("Begegnungsstätte");
  });

  it("never leaves a control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(normaliseQueryText(value)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });
});
