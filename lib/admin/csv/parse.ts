import { CsvError, parse } from "csv-parse/sync";
import type { FileErrorCode } from "./codes";
import { maxCsvBytes, maxCsvRows } from "./limits";
import { isCsvColumn } from "./schema";
import type { CsvColumn } from "./schema";

// Reads an uploaded CSV file into a table of strings, or says in one code what is
// wrong with the file as a whole. Rows are numbered as a spreadsheet shows them:
// the header is row 1.

/** `line` counts lines of the file (a quoted cell may span several), for malformed quoting. */
export type CsvFileError = { code: FileErrorCode; line?: number; column?: string };

export type CsvTableRow = { row: number; cells: string[] };

export type CsvTable = { columns: CsvColumn[]; rows: CsvTableRow[] };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: CsvFileError };

const fail = (error: CsvFileError): { ok: false; error: CsvFileError } => ({ ok: false, error });

/** UTF-8 only (with or without byte order mark): Excel's "CSV UTF-8" and LibreOffice's default. */
export function decodeCsvBytes(bytes: Uint8Array): Parsed<string> {
  if (bytes.byteLength === 0) return fail({ code: "empty" });
  if (bytes.byteLength > maxCsvBytes) return fail({ code: "tooLarge" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail({ code: "encoding" });
  }
  // A NUL byte means a binary file (a spreadsheet, an image) that happens to be valid UTF-8.
  if (text.includes("\u0000")) return fail({ code: "encoding" });
  return { ok: true, value: text };
}

/** Semicolon (German spreadsheets) or comma, whichever the header line uses more. */
export function detectDelimiter(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (char: string) => header.split(char).length - 1;
  return count(",") > count(";") ? "," : ";";
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

export function parseCsvTable(input: string): Parsed<CsvTable> {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail({ code: "empty" });
  if (text.length > maxCsvBytes) return fail({ code: "tooLarge" });
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) return fail({ code: "malformed", line: typeof error.lines === "number" ? error.lines : undefined });
    throw error;
  }
  const header = (records[0] ?? []).map((c) => c.trim().toLowerCase());
  const known = header.filter(isCsvColumn);
  if (known.length === 0) {
    // One wide cell with tabs or pipes in it: the file is split by another character.
    return fail({ code: header.length === 1 && /[\t|]/.test(header[0] ?? "") ? "delimiter" : "missingHeader" });
  }
  const unknown = header.find((c) => !isCsvColumn(c));
  if (unknown !== undefined) return fail({ code: "unknownColumn", column: unknown.slice(0, 40) });
  const duplicate = header.find((c, i) => header.indexOf(c) !== i);
  if (duplicate !== undefined) return fail({ code: "duplicateColumn", column: duplicate });

  const rows: CsvTableRow[] = [];
  records.slice(1).forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 2, cells });
  });
  if (rows.length === 0) return fail({ code: "noRows" });
  if (rows.length > maxCsvRows) return fail({ code: "tooManyRows" });
  return { ok: true, value: { columns: known, rows } };
}

export function readCsvUpload(bytes: Uint8Array): Parsed<CsvTable> {
  const decoded = decodeCsvBytes(bytes);
  return decoded.ok ? parseCsvTable(decoded.value) : decoded;
}
