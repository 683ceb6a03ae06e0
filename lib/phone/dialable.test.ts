import { describe, expect, it } from "vitest";
import { toDialable } from "./dialable";

describe("toDialable", () => {
  it("turns German national numbers into E.164", () => {
    expect(toDialable("0211-89-93577", "0211")).toEqual({ e164: "+492118993577", areaCodeAdded: false });
    expect(toDialable("(0341) 123 45 67", null)).toEqual({ e164: "+493411234567", areaCodeAdded: false });
    expect(toDialable("0800 – 123 4567", null)).toEqual({ e164: "+498001234567", areaCodeAdded: false });
  });

  it("keeps international numbers", () => {
    expect(toDialable("+49 30 123456", "0211")).toEqual({ e164: "+4930123456", areaCodeAdded: false });
    expect(toDialable("+49 (0)69 212 – 45058", null)).toEqual({ e164: "+496921245058", areaCodeAdded: false });
    expect(toDialable("0049 30 123456", null)).toEqual({ e164: "+4930123456", areaCodeAdded: false });
  });

  it("adds the city's area code to a local number and says so", () => {
    expect(toDialable("899 899 9", "0211")).toEqual({ e164: "+492118998999", areaCodeAdded: true });
  });

  it("gives no number it cannot make dialable", () => {
    expect(toDialable("899 899 9", null)).toBeNull();
    expect(toDialable("899 899 9", "211")).toBeNull();
    expect(toDialable("", "0211")).toBeNull();
    expect(toDialable("0211", "0211")).toBeNull();
  });
});
