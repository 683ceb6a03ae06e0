import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import { z } from "zod";

// Translations handed to an agency and back as XLIFF 2.0: one <file> per offer (its
// slug), one <unit> per text (name, summary, description), the German as <source>, the
// current translation (if any) as <target>. The first unit's note carries the
// fingerprint of the German (lib/translation/source-fingerprint.ts), so a file that
// comes back after the German changed is recognised as made from outdated text.

export const xliffTextFields = ["name", "summary", "description"] as const;
export type XliffTextField = (typeof xliffTextFields)[number];

export type XliffOfferUnit = {
  slug: string;
  fingerprint: string;
  source: Record<XliffTextField, string>;
  target: Record<XliffTextField, string | null>;
};

export type ReadXliffUnit = { slug: string; fingerprint: string | null; target: Partial<Record<XliffTextField, string>> };

export type XliffReadError = "notXliff" | "wrongLanguage" | "doctype";

const notePrefix = "source-fingerprint:";

export async function buildTranslationXliff(targetLanguage: string, units: XliffOfferUnit[]): Promise<string> {
  const resources = Object.fromEntries(
    units.map((unit) => [
      unit.slug,
      Object.fromEntries(
        xliffTextFields.map((field, i) => [
          field,
          {
            source: unit.source[field],
            target: unit.target[field] ?? "",
            ...(i === 0 ? { note: `${notePrefix}${unit.fingerprint}` } : {}),
          },
        ]),
      ),
    ]),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await js2xliff({ sourceLanguage: "de", targetLanguage, resources })}\n`;
}

const unitShape = z.object({ source: z.unknown().optional(), target: z.unknown().optional(), note: z.unknown().optional() });
const documentShape = z.object({
  sourceLanguage: z.string().optional(),
  targetLanguage: z.string().optional(),
  resources: z.record(z.string(), z.record(z.string(), unitShape)),
});

// Inline markup (<ph>, <pc>) comes back as arrays of parts: only plain text is taken.
function plainText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((part) => typeof part === "string")) return value.join("");
  return null;
}

/** The targets of an XLIFF 2.0 file for `locale`; an error code for anything else. */
export async function readTranslationXliff(
  xml: string,
  locale: string,
): Promise<{ ok: true; units: ReadXliffUnit[] } | { ok: false; error: XliffReadError }> {
  // No DTDs: entity expansion is how an upload exhausts a server.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: "doctype" };
  if (!/urn:oasis:names:tc:xliff:document:2\.0/.test(xml)) return { ok: false, error: "notXliff" };
  let parsed: unknown;
  try {
    parsed = await xliff2js(xml);
  } catch {
    return { ok: false, error: "notXliff" };
  }
  const document = documentShape.safeParse(parsed);
  if (!document.success || document.data.targetLanguage === undefined) return { ok: false, error: "notXliff" };
  if (document.data.targetLanguage !== locale) return { ok: false, error: "wrongLanguage" };
  const units = Object.entries(document.data.resources).map(([slug, texts]) => {
    const note = plainText(texts.name?.note);
    const target: Partial<Record<XliffTextField, string>> = {};
    for (const field of xliffTextFields) {
      const text = plainText(texts[field]?.target);
      if (text !== null) target[field] = text;
    }
    return { slug, fingerprint: note?.startsWith(notePrefix) ? note.slice(notePrefix.length) : null, target };
  });
  return { ok: true, units };
}
