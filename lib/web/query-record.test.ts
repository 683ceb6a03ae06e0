import { describe, expect, it } from "vitest";
import { toQueryRecord } from "./query-record";

describe("toQueryRecord", () => {
  it("keeps single values as strings and repeated names as arrays", () => {
    expect(toQueryRecord(new URLSearchParams("q=Treff&art=a&art=b"))).toEqual({ q: "Treff", art: ["a", "b"] });
  });
});
