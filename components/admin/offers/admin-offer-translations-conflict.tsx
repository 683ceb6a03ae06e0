"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { TranslationFormValues } from "@/lib/admin/form-data";
import type { OfferTranslationsForEdit } from "@/lib/admin/types";

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
  const t = useTranslations("Admin");
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
  const cell = (value: string, lang: string | undefined) =>
    value ? (
      <span lang={lang} className="whitespace-pre-line">
        {value}
      </span>
    ) : (
      <span className="text-muted">{t("conflict.empty")}</span>
    );
  return (
    <section aria-labelledby="translations-conflict-heading" className="mt-6 rounded border-4 border-red-800 p-4">
      <h2 id="translations-conflict-heading" ref={heading} className="text-2xl" tabIndex={-1}>
        {te("translationsConflictTitle")}
      </h2>
      <p className="mt-2 max-w-3xl">{te("translationsConflictIntro")}</p>
      {blocks.length === 0 ? <p className="mt-4 font-bold">{te("translationsConflictSame")}</p> : null}
      {blocks.map((block) => (
        <div key={block.locale} className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="text-start font-bold">
              {te("translationsConflictCaption", { language: localeNames[block.locale] ?? block.locale })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2 text-start">
                  {t("conflict.field")}
                </th>
                <th scope="col" className="border-b-2 border-ink p-2 text-start">
                  {t("conflict.yours")}
                </th>
                <th scope="col" className="border-b-2 border-ink p-2 text-start">
                  {t("conflict.theirs", { version: theirs.translationsVersion })}
                </th>
              </tr>
            </thead>
            <tbody>
              {block.lines.map((line) => (
                <tr key={line.key} className={line.differs ? "bg-accent" : undefined}>
                  <th scope="row" className="border-b border-line p-2 text-start align-top">
                    {line.label}
                    {line.differs ? <span className="block font-normal">({t("conflict.differs")})</span> : null}
                  </th>
                  <td className="border-b border-line p-2 align-top">{cell(line.yours, line.lang)}</td>
                  <td className="border-b border-line p-2 align-top">{cell(line.saved, line.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
