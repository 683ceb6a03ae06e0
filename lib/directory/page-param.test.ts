import { describe, expect, it } from "vitest";
import { parsePage, parsePageSegment } from "./page-param";

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    [["3", "4"], 3],
    ["0", 1],
    ["-1", 1],
    ["1e3", 1],
    ["' OR 1=1 --", 1],
    ["9999999", 1],
  ] as const)("%j → %i", (input, page) => {
    expect(parsePage(input as string | string[] | undefined)).toBe(page);
  });
});

describe("parsePageSegment", () => {
  it.each([
    ["1", 1],
    ["2", 2],
    ["999999", 999999],
  ])("reads %s", (value, expected) => {
    expect(parsePageSegment(value)).toBe(expected);
  });

  it.each(["0", "01", "-1", "2.5", "x", "", "1234567", "1e3"])("refuses %s", (value) => {
    expect(parsePageSegment(value)).toBeNull();
  });
});
