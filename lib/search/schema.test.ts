import { describe, expect, it } from "vitest";
import { emptySearchParams, parseSearchParams, queryMaxLength } from "./schema";

describe("parseSearchParams", () => {
  it("reads every parameter of a full search URL", () => {
    const { params, notices } = parseSearchParams({
      q: "  Seniorenbüro   Nord ",
      stadt: "duesseldorf",
      bezirk: ["bezirk-1", "bezirk-2"],
      art: "seniorenbuero",
      feld: "wohnen-quartier",
      gruppe: "menschen-mit-demenz",
      sprache: ["tr", "ar"],
      barriere: ["rollstuhlgerecht"],
      kostenlos: "1",
      offen: "1",
      seite: "3",
    });
    expect(notices).toEqual([]);
    expect(params).toEqual({
      q: "Seniorenbüro Nord",
      stadt: "duesseldorf",
      bezirk: ["bezirk-1", "bezirk-2"],
      art: ["seniorenbuero"],
      feld: ["wohnen-quartier"],
      gruppe: ["menschen-mit-demenz"],
      sprache: ["tr", "ar"],
      barriere: ["rollstuhlgerecht"],
      kostenlos: true,
      offen: true,
      seite: 3,
    });
  });

  it("gives the empty search for no parameters", () => {
    expect(parseSearchParams({})).toEqual({ params: emptySearchParams(), notices: [] });
  });

  it("caps an overlong query and says so", () => {
    const { params, notices } = parseSearchParams({ q: "ä".repeat(5000) });
    expect(Array.from(params.q)).toHaveLength(queryMaxLength);
    expect(notices).toEqual([{ kind: "queryCapped", max: queryMaxLength }]);
  });

  it("keeps SQL and HTML in the query as plain text, without control characters", () => {
    const q = "'; DROP TABLE offer; -- <script>alert(1)</script>\u0000\u001b";
    const { params, notices } = parseSearchParams({ q });
    expect(params.q).toBe("'; DROP TABLE offer; -- <script>alert(1)</script>");
    expect(notices).toEqual([]);
  });

  it("drops malformed filter values and reports each one", () => {
    const { params, notices } = parseSearchParams({
      stadt: ["essen", "koeln"],
      art: ["<b>x</b>", "begegnungsstaette", "' OR 1=1 --"],
      sprache: ["xx", "TR", "de"],
      kostenlos: "vielleicht",
      seite: "-2",
    });
    expect(params.stadt).toBe("essen");
    expect(params.art).toEqual(["begegnungsstaette"]);
    expect(params.sprache).toEqual(["de"]);
    expect(params.kostenlos).toBe(false);
    expect(params.seite).toBe(1);
    expect(notices).toEqual([
      { kind: "invalidValue", param: "stadt", value: "koeln" },
      { kind: "invalidValue", param: "art", value: "<b>x</b>" },
      { kind: "invalidValue", param: "art", value: "' OR 1=1 --" },
      { kind: "invalidValue", param: "sprache", value: "xx" },
      { kind: "invalidValue", param: "sprache", value: "TR" },
      { kind: "invalidValue", param: "kostenlos", value: "vielleicht" },
      { kind: "invalidValue", param: "seite", value: "-2" },
    ]);
  });

  it("shortens an overlong bad value in its notice and ignores duplicates and empty values", () => {
    const { params, notices } = parseSearchParams({ art: ["x".repeat(500), "a", "a", ""], stadt: "", seite: "abc" });
    expect(params.art).toEqual(["a"]);
    expect(params.stadt).toBeNull();
    expect(notices).toEqual([
      { kind: "invalidValue", param: "art", value: `${"x".repeat(40)}…` },
      { kind: "invalidValue", param: "seite", value: "abc" },
    ]);
  });

  it("does not let one parameter carry unlimited values", () => {
    const many = Array.from({ length: 1000 }, (_, i) => `wert-${i}`);
    expect(parseSearchParams({ feld: many }).params.feld).toHaveLength(30);
  });
});
