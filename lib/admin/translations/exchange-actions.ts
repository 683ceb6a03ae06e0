"use server";

import { directoryTag, cityTag, offerTag } from "@/lib/directory/cache-tags";
import { readTranslationXliff } from "@/lib/translation/xliff";
import { adminAction, withPreviousState } from "../action-pipeline";
import type { ActionContext } from "../action-pipeline";
import { can } from "../policy";
import { isTranslationLocale } from "./data";
import { importTranslations, planTranslationImport } from "./exchange-mutations";
import { maxXliffBytes } from "./exchange-state";
import type { TranslationFileError, TranslationImportState } from "./exchange-state";

// Two steps like the CSV import: "check" reads the uploaded XLIFF and answers with the
// dry run; "import" posts the checked text again and writes what the plan accepts.

type Answer = { state: TranslationImportState; tags: string[] };

const fileError = (error: TranslationFileError): Answer => ({ state: { status: "fileError", error, stamp: Date.now() }, tags: [] });

async function readUpload(form: FormData): Promise<{ xml: string; fileName: string } | TranslationFileError> {
  if (form.get("step") === "import") {
    const xml = form.get("xml");
    if (typeof xml !== "string" || xml === "") return "noFile";
    const fileName = form.get("fileName");
    return { xml, fileName: typeof fileName === "string" ? fileName.slice(0, 200) : "" };
  }
  const file = form.get("file");
  if (file === null || typeof file !== "object" || !("arrayBuffer" in file) || (file.size === 0 && file.name === "")) return "noFile";
  if (file.size > maxXliffBytes) return "tooLarge";
  return { xml: new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer()), fileName: file.name.slice(0, 200) };
}

async function checkOrImport(ctx: ActionContext, form: FormData): Promise<Answer> {
  const locale = String(form.get("sprache") ?? "");
  if (!isTranslationLocale(locale)) return fileError("notAllowed");
  const upload = await readUpload(form);
  if (typeof upload === "string") return fileError(upload);
  if (upload.xml.length > maxXliffBytes) return fileError("tooLarge");
  const read = await readTranslationXliff(upload.xml, locale);
  if (!read.ok) return fileError(read.error);
  if (form.get("step") !== "import") {
    const plan = await planTranslationImport(ctx.user, locale, read.units);
    if (!plan) return fileError("notAllowed");
    const state = {
      status: "checked",
      fileName: upload.fileName,
      plan,
      xml: plan.writable > 0 ? upload.xml : null,
      stamp: Date.now(),
    } as const;
    return { state, tags: [] };
  }
  const result = await importTranslations(ctx, locale, read.units);
  if (result.status === "forbidden") return fileError("notAllowed");
  return {
    state: { status: "imported", plan: result.plan, stamp: Date.now() },
    tags: [directoryTag, ...result.citySlugs.map(cityTag), ...result.offerSlugs.map(offerTag)],
  };
}

const refusals = { invalid: "notAllowed", forbidden: "forbidden", session: "session", notAllowed: "notAllowed" } as const;

export const submitTranslationImport = withPreviousState<TranslationImportState>(
  adminAction({
    read: (form) => form,
    authorise: (user) => can(user, "offer.translate"),
    run: checkOrImport,
    tags: (result) => result.tags,
    refuse: (refusal) => fileError(refusals[refusal.code]).state,
    answer: (result) => result.state,
    onError: () => fileError("failed").state,
  }),
);
