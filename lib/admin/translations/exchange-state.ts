import type { ImportPlan } from "./exchange-mutations";

export const maxXliffBytes = 4 * 1024 * 1024;

export type TranslationFileError =
  "noFile" | "tooLarge" | "notXliff" | "wrongLanguage" | "doctype" | "notAllowed" | "session" | "forbidden" | "failed";

export type TranslationImportState =
  | { status: "idle" }
  | { status: "fileError"; error: TranslationFileError; stamp: number }
  /** The dry run: nothing written; `xml` is posted again to import (null: nothing to write). */
  | { status: "checked"; fileName: string; plan: ImportPlan; xml: string | null; stamp: number }
  | { status: "imported"; plan: ImportPlan; stamp: number };
