import { describe, expect, it } from "vitest";
import { readMasterDataOutcome } from "./master-data-outcome";

describe("readMasterDataOutcome", () => {
  it("maps the two redirect values and ignores everything else", () => {
    expect(readMasterDataOutcome("angelegt")).toBe("created");
    expect(readMasterDataOutcome("gespeichert")).toBe("saved");
    expect(readMasterDataOutcome(undefined)).toBeNull();
    expect(readMasterDataOutcome(["angelegt"])).toBeNull();
    expect(readMasterDataOutcome("<script>")).toBeNull();
  });
});
