import type { CsvFileError } from "./parse";
import type { RowError } from "./plan";

// What the import action (actions.ts) hands back to its form. Codes only: the form
// shows them translated (AdminImport.fileErrors.*, AdminImport.rowErrors.*, Admin.errors.*).

export type ImportRequestErrorCode = "forbidden" | "session" | "notAllowed" | "conflict";

export type ImportFileError = CsvFileError | { code: ImportRequestErrorCode };

export type PlannedRowSummary = { row: number; action: "create" | "update" | "unchanged"; name: string; cityName: string };

/** At most this many row errors travel back to the page; the count says how many there were. */
export const maxShownRowErrors = 300;

export type CsvImportState =
  | { status: "idle" }
  | { status: "fileError"; error: ImportFileError; stamp: number }
  | {
      status: "checked";
      fileName: string;
      errors: RowError[];
      errorCount: number;
      planned: PlannedRowSummary[];
      /** The checked file's text, posted again by the confirm button; null when it cannot be imported. */
      csv: string | null;
      stamp: number;
    }
  | { status: "imported"; created: number; updated: number; unchanged: number; stamp: number };
