import { describe, expect, it } from "vitest";
import { toPublicSourceNote } from "./source-note";

describe("toPublicSourceNote", () => {
  it("keeps the source and drops the staff's internal remarks", () => {
    expect(toPublicSourceNote("Amtliche Gliederung der Stadt Köln in 9 Stadtbezirke (Hauptsatzung); nicht aus den Quelldokumenten")).toBe(
      "Amtliche Gliederung der Stadt Köln in 9 Stadtbezirke (Hauptsatzung)",
    );
    expect(
      toPublicSourceNote("Im Quelldokument als Projektgebiet genannt (003_5ce88781380988ae.txt); keine vollständige Gliederung der Stadt"),
    ).toBe("Im Quelldokument als Projektgebiet genannt");
  });

  it("shows nothing where nothing public is left", () => {
    expect(toPublicSourceNote(null)).toBeNull();
    expect(toPublicSourceNote("; nicht aus den Quelldokumenten")).toBeNull();
  });
});
