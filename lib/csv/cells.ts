// OWASP "CSV Injection": a spreadsheet program runs a cell that starts with "=", "+",
// "-", "@", a tab or a carriage return as a formula, whatever follows ("-2+3+cmd|…",
// "+49 …" alike). Every CSV the app writes puts an apostrophe in front of such a cell.
// Apostrophes already in front of a trigger count as part of the prefix run, so that a
// text which itself starts with "'=" gets one more and the import can always take exactly
// one off again: unescapeCsvCell(escapeCsvCell(x)) === x for every string.

/** Characters that make a spreadsheet read a cell as a formula. */
export const formulaTriggers = ["=", "+", "-", "@", "\t", "\r"] as const;

export const csvEscapePrefix = "'";

// Any run of apostrophes (also none) directly before a trigger character.
const needsPrefix = /^'*[=+\-@\t\r]/;

export function escapeCsvCell(value: string): string {
  return needsPrefix.test(value) ? `${csvEscapePrefix}${value}` : value;
}

export function unescapeCsvCell(value: string): string {
  return value.startsWith(csvEscapePrefix) && needsPrefix.test(value.slice(1)) ? value.slice(1) : value;
}
