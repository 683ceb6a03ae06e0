import { describe, expect, it } from "vitest";
import { parsePage, toPageWindow } from "./page-param";

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

describe("toPageWindow", () => {
  it("slices the requested page", () => {
    expect(toPageWindow(33, 2, 10)).toEqual({ page: 2, pageCount: 4, start: 10, end: 20 });
  });

  it("shows the last page for a page past the end, and one page for an empty list", () => {
    expect(toPageWindow(33, 99, 10)).toEqual({ page: 4, pageCount: 4, start: 30, end: 40 });
    expect(toPageWindow(0, 1, 10)).toEqual({ page: 1, pageCount: 1, start: 0, end: 10 });
  });
});
