import { describe, expect, it } from "vitest";
import { maxCsvBytes, maxCsvRows } from "./limits";
import { decodeCsvBytes, detectDelimiter, parseCsvTable, readCsvUpload } from "./parse";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading an uploaded CSV file", () => {
  it("reads UTF-8 with and without byte order mark, semicolons or commas", () => {
    for (const text of ["\uFEFFname;city\nTreff Süd;essen\n", "name,city\r\nTreff Süd,essen\r\n"]) {
      const result = readCsvUpload(utf8(text));
      expect(result).toEqual({ ok: true, value: { columns: ["name", "city"], rows: [{ row: 2, cells: ["Treff Süd", "essen"] }] } });
    }
  });

  it("numbers rows as a spreadsheet does, skipping blank rows but counting them", () => {
    const result = parseCsvTable('name;city\n"Zwei\nZeilen";essen\n;\n\nTreff;essen\n');
    expect(result.ok && result.value.rows).toEqual([
      { row: 2, cells: ["Zwei\nZeilen", "essen"] },
      { row: 5, cells: ["Treff", "essen"] },
    ]);
  });

  it("keeps rows with the wrong number of cells for the row check", () => {
    const result = parseCsvTable("name;city\nnur eins\n");
    expect(result.ok && result.value.rows).toEqual([{ row: 2, cells: ["nur eins"] }]);
  });

  it("picks the delimiter the header uses", () => {
    expect(detectDelimiter("name;city;type\n")).toBe(";");
    expect(detectDelimiter("name,city\na;b;c;d\n")).toBe(",");
    expect(detectDelimiter("name\n")).toBe(";");
  });

  it.each([
    ["an empty file", "", "empty"],
    ["only blanks", "  \n\n", "empty"],
    ["a tab-separated file", "name\tcity\nTreff\tessen\n", "delimiter"],
    ["data without a header", "Treff Süd;essen;begegnungsstaette\n", "missingHeader"],
    ["an unknown column", "name;Stadt\nTreff;essen\n", "unknownColumn"],
    ["a repeated column", "name;city;name\na;b;c\n", "duplicateColumn"],
    ["a header without rows", "name;city\n", "noRows"],
    ["an unclosed quote", 'name;city\n"Treff;essen\n', "malformed"],
  ])("refuses %s", (_label, text, code) => {
    const result = parseCsvTable(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it("names the unknown column and the line of a quoting error", () => {
    expect(parseCsvTable("name;Stadt\nTreff;essen\n")).toEqual({ ok: false, error: { code: "unknownColumn", column: "stadt" } });
    const broken = parseCsvTable('name;city\nTreff;essen\nTreff 2;"essen\n');
    expect(!broken.ok && broken.error).toMatchObject({ code: "malformed", line: expect.any(Number) });
  });

  it("refuses more than the maximum number of rows", () => {
    const rows = Array.from({ length: maxCsvRows + 1 }, (_, i) => `Treff ${i};essen`).join("\n");
    expect(parseCsvTable(`name;city\n${rows}\n`)).toEqual({ ok: false, error: { code: "tooManyRows" } });
    const fits = Array.from({ length: maxCsvRows }, (_, i) => `Treff ${i};essen`).join("\n");
    expect(parseCsvTable(`name;city\n${fits}\n`).ok).toBe(true);
  });

  it("refuses files that are not UTF-8 text or too large", () => {
    // "Süd" in Windows-1252, as Excel's plain "CSV" saves it.
    expect(decodeCsvBytes(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x53, 0xfc, 0x64]))).toEqual({
      ok: false,
      error: { code: "encoding" },
    });
    expect(decodeCsvBytes(utf8("PK\u0003\u0004\u0000\u0000"))).toEqual({ ok: false, error: { code: "encoding" } });
    expect(decodeCsvBytes(new Uint8Array(maxCsvBytes + 1).fill(0x41))).toEqual({ ok: false, error: { code: "tooLarge" } });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: { code: "empty" } });
  });
});
