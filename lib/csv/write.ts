import { stringify } from "csv-stringify/sync";
import { escapeCsvCell } from "./cells";

// The one CSV writer of the app: every cell, header included, goes through the formula
// escaping of cells.ts. A byte order mark, because spreadsheet programs read UTF-8
// umlauts correctly only with it; CRLF line ends, as RFC 4180 has them.

export type CsvWriteOptions<Column extends string> = {
  columns: readonly Column[];
  delimiter?: ";" | ",";
};

export function writeCsv<Column extends string>(rows: readonly Record<Column, string>[], options: CsvWriteOptions<Column>): string {
  const escaped = (row: Record<Column, string>) => options.columns.map((column) => escapeCsvCell(row[column]));
  return stringify([options.columns.map(escapeCsvCell), ...rows.map(escaped)], {
    bom: true,
    delimiter: options.delimiter ?? ",",
    record_delimiter: "windows",
    // csv-stringify does not quote line breaks on its own when records end in CRLF.
    quoted_match: /[\r\n]/,
  });
}
