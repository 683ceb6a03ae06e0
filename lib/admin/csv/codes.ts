// Error codes of the CSV import; the page shows them translated. Kept apart from the
// schemas so that the import form (a client component) can use them without zod.

/** Row-level problems beyond the form's own codes (Admin.errors.*), shown from AdminImport.rowErrors.*. */
export const importErrorCodes = [
  "columnCount",
  "duplicateId",
  "notFound",
  "versionRequired",
  "versionConflict",
  "cityRequired",
  "unknownCity",
  "cityOutOfScope",
  "cityChanged",
  "typeRequired",
  "unknownType",
  "unknownProvider",
  "providerOutOfScope",
  "nameRequired",
  "summaryRequired",
  "descriptionRequired",
] as const;

export type ImportErrorCode = (typeof importErrorCodes)[number];

/** Whole-file problems: nothing is checked row by row, nothing is written. */
export const fileErrorCodes = [
  "noFile",
  "empty",
  "tooLarge",
  "encoding",
  "delimiter",
  "missingHeader",
  "unknownColumn",
  "duplicateColumn",
  "malformed",
  "tooManyRows",
  "noRows",
] as const;

export type FileErrorCode = (typeof fileErrorCodes)[number];
