"use server";

import { cityTag, directoryTag, offerTag } from "@/lib/directory/cache-tags";
import { adminAction, withPreviousState } from "../action-pipeline";
import type { ActionContext } from "../action-pipeline";
import { checkOfferImport } from "./data";
import type { CsvImportState, ImportFileError, PlannedRowSummary } from "./form-state";
import { maxShownRowErrors } from "./form-state";
import { importOffers } from "./mutations";
import { maxCsvBytes } from "./limits";
import { decodeCsvBytes, parseCsvTable } from "./parse";
import { can } from "../policy";
import type { PlannedRow, RowError } from "./plan";

// One action, two steps: "check" reads the uploaded file and answers with the dry
// run (nothing is written); "import" posts the checked text again and writes all
// rows or none. Both check origin, session and role first (the pipeline does).

function summarise(planned: PlannedRow[]): PlannedRowSummary[] {
  return planned.map((p) => ({ row: p.row, action: p.action, name: p.values.name, cityName: p.cityName }));
}

function checked(fileName: string, errors: RowError[], planned: PlannedRow[], csv: string | null): CsvImportState {
  const anythingToDo = planned.some((p) => p.action !== "unchanged");
  return {
    status: "checked",
    fileName,
    errors: errors.slice(0, maxShownRowErrors),
    errorCount: errors.length,
    planned: errors.length > 0 ? [] : summarise(planned),
    csv: errors.length === 0 && anythingToDo ? csv : null,
    stamp: Date.now(),
  };
}

const fileError = (error: ImportFileError): CsvImportState => ({ status: "fileError", error, stamp: Date.now() });

function readFile(form: FormData): File | null {
  const value = form.get("file");
  return value !== null && typeof value === "object" && "arrayBuffer" in value ? value : null;
}

type Answer = { state: CsvImportState; tags: string[] };

const answer = (state: CsvImportState, tags: string[] = []): Answer => ({ state, tags });

async function checkOrImport(ctx: ActionContext, form: FormData): Promise<Answer> {
  if (form.get("step") !== "import") {
    const file = readFile(form);
    if (!file || (file.size === 0 && file.name === "")) return answer(fileError({ code: "noFile" }));
    if (file.size > maxCsvBytes) return answer(fileError({ code: "tooLarge" }));
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return answer(fileError(decoded.error));
    const table = parseCsvTable(decoded.value);
    if (!table.ok) return answer(fileError(table.error));
    const plan = await checkOfferImport(ctx.user, table.value);
    if (!plan) return answer(fileError({ code: "notAllowed" }));
    return answer(checked(file.name.slice(0, 200), plan.errors, plan.planned, decoded.value));
  }

  const csv = form.get("csv");
  const fileName = typeof form.get("fileName") === "string" ? String(form.get("fileName")).slice(0, 200) : "";
  if (typeof csv !== "string" || csv === "") return answer(fileError({ code: "noFile" }));
  if (csv.length > maxCsvBytes) return answer(fileError({ code: "tooLarge" }));
  const table = parseCsvTable(csv);
  if (!table.ok) return answer(fileError(table.error));
  const result = await importOffers(ctx, table.value, new Date());
  switch (result.status) {
    case "imported":
      return answer(
        { status: "imported", created: result.created, updated: result.updated, unchanged: result.unchanged, stamp: Date.now() },
        [directoryTag, ...result.citySlugs.map(cityTag), ...result.offerSlugs.map(offerTag)],
      );
    case "invalid":
      // The data changed since the dry run (or the posted text was altered): show why, write nothing.
      return answer(checked(fileName, result.errors, result.planned, null));
    case "conflict":
      return answer(fileError({ code: "conflict" }));
    case "forbidden":
      return answer(fileError({ code: "notAllowed" }));
  }
}

// No schema: the file is read inside the run, so "invalid" cannot happen here.
const refusals = { invalid: "notAllowed", forbidden: "forbidden", session: "session", notAllowed: "notAllowed" } as const;

export const submitCsvImport = withPreviousState<CsvImportState>(
  adminAction({
    read: (form) => form,
    authorise: (user) => can(user, "offer.import"),
    run: checkOrImport,
    tags: (result) => result.tags,
    refuse: (refusal) => fileError({ code: refusals[refusal.code] }),
    answer: (result) => result.state,
  }),
);
