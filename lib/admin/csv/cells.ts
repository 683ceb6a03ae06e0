// Spreadsheet programs run a cell that starts with "=" or "@" (and "+"/"-" before a
// letter) as a formula. The export puts an apostrophe in front of such a cell, and
// the import takes it off again, so a round trip changes nothing. Phone numbers
// ("+49 …") and text starting with a digit stay as they are.
const formulaStart = /^(?:[=@\t\r]|[+-][^0-9 (])/;

export function escapeCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}
