"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { TranslationFormValues } from "@/lib/admin/form-data";
import type { OfferTranslationsForEdit } from "@/lib/admin/types";
import { AdminConflictTable, ConflictCell } from "@/components/admin/offers/admin-conflict-table";

type Props = {
  mine: TranslationFormValues[];
  theirs: OfferTranslationsForEdit;
  localeNames: Record<string, string>;
  /** Changes with every submission, so that focus moves here again after each conflict. */
  stamp: number;
};

const textFields = ["name", "summary", "description"] as const;
const labelKeys = { name: "translationName", summary: "translationSummary", description: "translationDescription" } as const;

// Only the languages where the two versions differ, side by side, so that the editor
// sees what the other person saved without reading seven unchanged blocks.
export function AdminOfferTranslationsConflict({ mine, theirs, localeNames, stamp }: Props) {
  const te = useTranslations("AdminEdit");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [stamp]);
  const stored = new Map(theirs.translations.map((row) => [row.locale, row]));
  const blocks = mine.flatMap((row) => {
    const other = stored.get(row.locale);
    const lines = [
      ...textFields.map((field) => ({
        key: field,
        label: te(labelKeys[field]),
        yours: row[field].trim(),
        saved: other?.[field] ?? "",
        lang: row.locale === "de-x-ls" ? "de" : row.locale,
      })),
      {
        key: "reviewed",
        label: te("reviewed", { language: localeNames[row.locale] ?? row.locale }),
        yours: te(row.reviewed === "on" ? "reviewedYes" : "reviewedNo"),
        saved: te(other?.reviewed ? "reviewedYes" : "reviewedNo"),
        lang: undefined,
      },
    ].map((line) => ({ ...line, differs: line.yours !== line.saved }));
    return lines.some((line) => line.differs) ? [{ locale: row.locale, lines }] : [];
  });
  return (
    <section aria-labelledby="translations-conflict-heading" className="mt-6 rounded border-4 border-red-800 p-4">
      <h2 id="translations-conflict-heading" ref={heading} className="text-2xl" tabIndex={-1}>
        {te("translationsConflictTitle")}
      </h2>
      <p className="mt-2 max-w-3xl">{te("translationsConflictIntro")}</p>
      {blocks.length === 0 ? <p className="mt-4 font-bold">{te("translationsConflictSame")}</p> : null}
      {blocks.map((block) => (
        <AdminConflictTable
          key={block.locale}
          caption={te("translationsConflictCaption", { language: localeNames[block.locale] ?? block.locale })}
          version={theirs.translationsVersion}
          rows={block.lines.map((line) => ({
            key: line.key,
            label: line.label,
            differs: line.differs,
            yours: <ConflictCell value={line.yours} lang={line.lang} />,
            theirs: <ConflictCell value={line.saved} lang={line.lang} />,
          }))}
        />
      ))}
    </section>
  );
}
