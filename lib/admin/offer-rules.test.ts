import { describe, expect, it } from "vitest";
import { isIsoDate, isProviderChoiceAllowed, isTime, isTimeRangeOrdered } from "./offer-rules";

describe("opening-hours rules", () => {
  it.each([
    ["09:00", "opens", true],
    ["24:00", "closes", true],
    ["24:00", "opens", false],
    ["9:00", "opens", false],
    ["12:60", "closes", false],
    ["25:00", "closes", false],
  ] as const)("isTime(%s, %s) is %s", (value, role, expected) => {
    expect(isTime(value, role)).toBe(expected);
  });

  it.each([
    ["09:00", "12:00", true],
    ["18:00", "24:00", true],
    ["00:00", "24:00", true],
    ["22:00", "02:00", true],
    ["20:00", "00:00", true],
    ["12:00", "12:00", false],
    ["14:00", "12:00", false],
    ["00:00", "00:00", false],
  ])("%s–%s ordered: %s", (opens, closes, expected) => {
    expect(isTimeRangeOrdered(opens, closes)).toBe(expected);
  });

  it("knows real calendar dates only", () => {
    expect(isIsoDate("2026-12-24")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("24.12.2026")).toBe(false);
  });
});

describe("the Träger choice rule", () => {
  const choosable = new Set(["own"]);
  it.each([
    ["CITY_EDITOR", "own", undefined, true],
    ["CITY_EDITOR", "foreign", undefined, false],
    ["ADMIN", "foreign", undefined, false],
    ["CITY_EDITOR", "foreign", "foreign", true],
    ["CITY_EDITOR", "foreign", "own", false],
    ["CITY_EDITOR", null, "own", true],
    ["CITY_EDITOR", null, undefined, true],
    ["PROVIDER_EDITOR", null, "own", false],
    ["PROVIDER_EDITOR", null, null, true],
  ] as const)("%s choosing %s (saved: %s) is allowed: %s", (role, chosen, saved, expected) => {
    expect(isProviderChoiceAllowed(role, { chosen, saved, choosable })).toBe(expected);
  });
});
