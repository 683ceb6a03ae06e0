import { describe, expect, it } from "vitest";
import { parsePage } from "./page-param";

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
