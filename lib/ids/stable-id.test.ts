import { describe, expect, it } from "vitest";
import { stableId } from "./stable-id";

describe("stableId", () => {
  it("gives the same RFC 4122 version-5 UUID for the same record every time", () => {
    const id = stableId("offer", "duesseldorf-plus-lotsen");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId("offer", "duesseldorf-plus-lotsen")).toBe(id);
  });

  it("differs between kinds and keys", () => {
    const ids = new Set([stableId("offer", "a"), stableId("city", "a"), stableId("offer", "b")]);
    expect(ids.size).toBe(3);
  });
});
