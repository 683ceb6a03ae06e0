import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { escapeCsvCell, formulaTriggers, unescapeCsvCell } from "./cells";
import { writeCsv } from "./write";

// Strings built mostly from the characters that matter here, so that runs of
// apostrophes before a trigger come up often, plus arbitrary text.
const tricky = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom("'", ...formulaTriggers, "a", "1", " ", "(", "\n", ";", '"'), { maxLength: 8 }).map((chars) => chars.join("")),
);

const startsWithTrigger = (value: string) => formulaTriggers.some((t) => value.startsWith(t));

describe("CSV cell escaping", () => {
  it("prefixes every cell that starts with a trigger character", () => {
    expect(escapeCsvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(escapeCsvCell('-(2)*HYPERLINK("x")')).toBe('\'-(2)*HYPERLINK("x")');
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeCsvCell("@SUM(1)")).toBe("'@SUM(1)");
    expect(escapeCsvCell("+49 201 123")).toBe("'+49 201 123");
    expect(escapeCsvCell("\t=1")).toBe("'\t=1");
    expect(escapeCsvCell("\r=1")).toBe("'\r=1");
  });

  it("leaves other cells alone, also a lone or leading apostrophe", () => {
    for (const value of ["", "Treff", "0211 123", "'", "'schon da", "a=b", " =1"]) expect(escapeCsvCell(value)).toBe(value);
  });

  it("adds one more apostrophe in front of a text that already starts with the prefix and a trigger", () => {
    expect(escapeCsvCell("'=1")).toBe("''=1");
    expect(unescapeCsvCell("''=1")).toBe("'=1");
    expect(unescapeCsvCell("'=1")).toBe("=1");
    expect(unescapeCsvCell("'schon da")).toBe("'schon da");
  });

  it("property: unescape(escape(x)) === x", () => {
    fc.assert(
      fc.property(tricky, (value) => unescapeCsvCell(escapeCsvCell(value)) === value),
      { numRuns: 2000 },
    );
  });

  it("property: escape(x) never starts with a trigger character", () => {
    fc.assert(
      fc.property(tricky, (value) => !startsWithTrigger(escapeCsvCell(value))),
      { numRuns: 2000 },
    );
  });
});

describe("the CSV writer", () => {
  it("escapes every cell, quotes line breaks and reads back to the same values", () => {
    const rows = [
      { a: "=1+1", b: 'Zeile 1\r\nZeile 2; "zitiert"' },
      { a: "'@x", b: "-2+3+cmd|' /C calc'!A0" },
    ];
    const csv = writeCsv(rows, { columns: ["a", "b"], delimiter: ";" });
    expect(csv.startsWith("\uFEFFa;b\r\n'=1+1;")).toBe(true);
    const records = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    for (const record of records) for (const cell of record) expect(startsWithTrigger(cell), cell).toBe(false);
    expect(records.slice(1).map((r) => r.map(unescapeCsvCell))).toEqual(rows.map((r) => [r.a, r.b]));
  });
});
