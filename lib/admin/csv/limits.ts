// Limits of the CSV import, shared by the parser and the upload form.
export const maxCsvBytes = 2 * 1024 * 1024;
export const maxCsvRows = 1000;
