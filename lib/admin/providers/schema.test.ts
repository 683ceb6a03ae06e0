import { describe, expect, it } from "vitest";
import { districtCreateSchema } from "../districts/schema";
import { toFieldErrors } from "../schema";
import { providerCreateSchema, providerUpdateSchema, readProviderForm } from "./schema";

const valid = { locale: "de", name: "  Caritas  Nord ", kind: "WOHLFAHRTSVERBAND", umbrella: "", website: "", cityId: "" };

describe("provider form schemas", () => {
  it("trims text and turns empty optional fields into null", () => {
    expect(providerCreateSchema.parse(valid)).toEqual({
      locale: "de",
      name: "Caritas  Nord",
      kind: "WOHLFAHRTSVERBAND",
      umbrella: null,
      website: null,
      cityId: null,
    });
  });

  it("answers junk with field error codes", () => {
    const result = providerCreateSchema.safeParse({
      ...valid,
      name: " ",
      kind: "PIRATEN",
      umbrella: "FOO",
      website: "javascript:alert(1)",
      cityId: "abc",
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(toFieldErrors(result.error)).toEqual({
        name: "required",
        kind: "invalid",
        umbrella: "invalid",
        website: "invalidUrl",
        cityId: "invalid",
      });
  });

  it("needs a well-formed id and version to update", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...valid, providerId: "x", version: "0", $ACTION_ID_1: "" })) form.set(k, v);
    const result = providerUpdateSchema.safeParse(readProviderForm(form, true));
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error)).toEqual({ providerId: "invalid", version: "invalid" });
  });

  it("refuses an overlong district name", () => {
    const result = districtCreateSchema.safeParse({ locale: "de", cityId: "5c7f5a8e-0b7c-4a8e-9d3a-1b2c3d4e5f60", name: "x".repeat(121) });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error)).toEqual({ name: "tooLong" });
  });
});
