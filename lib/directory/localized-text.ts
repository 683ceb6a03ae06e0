import { contentSourceLocale } from "@/lib/i18n/locale-info";
import type { LocalizedTerm, LocalizedText } from "./types";

/** One stored translation of one text; null/empty text means "not translated". */
export type StoredTranslation = { text: string | null | undefined; reviewed: boolean } | null | undefined;

/** The German original, which needs no review: it is what the city published. */
export function sourceText(text: string): LocalizedText {
  return { text, lang: contentSourceLocale, reviewed: true };
}

/** The translation for the reader's locale where one exists, else the German original. */
export function chooseText(source: string, translation: StoredTranslation, locale: string): LocalizedText {
  if (locale === contentSourceLocale) return sourceText(source);
  const text = translation?.text?.trim();
  if (!text) return sourceText(source);
  return { text: translation!.text!, lang: locale, reviewed: translation!.reviewed };
}

/** Like chooseText for optional texts: no German text, nothing to show. */
export function chooseOptionalText(source: string | null, translation: StoredTranslation, locale: string): LocalizedText | null {
  return source === null || source.trim() === "" ? null : chooseText(source, translation, locale);
}

type JsonEntry = Record<string, unknown>;

// The `translations` JSON columns ({ [locale]: { name, description?, reviewed } }) are
// written by the seed loader and the admin area; anything malformed counts as missing.
function readEntry(translations: unknown, locale: string): JsonEntry | null {
  if (typeof translations !== "object" || translations === null || Array.isArray(translations)) return null;
  const entry = (translations as Record<string, unknown>)[locale];
  return typeof entry === "object" && entry !== null && !Array.isArray(entry) ? (entry as JsonEntry) : null;
}

/** One field of a JSON translation entry, e.g. readJsonTranslation(type.translations, "tr", "name"). */
export function readJsonTranslation(translations: unknown, locale: string, field: string): StoredTranslation {
  const entry = readEntry(translations, locale);
  if (entry === null) return null;
  const text = entry[field];
  // Only an explicit `reviewed: true` counts: a person said so.
  return { text: typeof text === "string" ? text : null, reviewed: entry.reviewed === true };
}

/**
 * A list of texts (a city's partners, funding priorities, site-count labels) in the
 * reader's language: the translated list where it has exactly as many entries as the
 * German, item by item; otherwise the German list.
 */
export function chooseTextList(source: string[], translations: unknown, locale: string, field: string): LocalizedText[] {
  const entry = locale === contentSourceLocale ? null : readEntry(translations, locale);
  const list = entry?.[field];
  const usable =
    Array.isArray(list) && list.length === source.length && list.every((item) => typeof item === "string" && item.trim() !== "");
  if (!usable) return source.map(sourceText);
  return (list as string[]).map((text) => ({ text, lang: locale, reviewed: entry!.reviewed === true }));
}

export function localizeTerm(term: { slug: string; name: string; translations: unknown }, locale: string): LocalizedTerm {
  return { slug: term.slug, name: chooseText(term.name, readJsonTranslation(term.translations, locale, "name"), locale) };
}

export type TextsState = {
  /** Some text is shown in German because no translation exists. */
  fallback: boolean;
  /** Every text is shown in German: the notice says so rather than "some". */
  onlyGerman: boolean;
  /** Some text is a translation no person has reviewed yet. */
  unreviewed: boolean;
};

/** What a page section has to tell the reader about the language of its texts. */
export function describeTexts(texts: (LocalizedText | null | undefined)[], locale: string): TextsState {
  const shown = texts.filter((t): t is LocalizedText => t !== null && t !== undefined);
  const fallback = locale !== contentSourceLocale && shown.some((t) => t.lang !== locale);
  return {
    fallback,
    onlyGerman: fallback && shown.every((t) => t.lang !== locale),
    unreviewed: shown.some((t) => !t.reviewed),
  };
}

/** The lang attribute a text needs: none where it is in the page's own language. */
export function langAttribute(text: LocalizedText, pageLocale: string): string | undefined {
  return text.lang === pageLocale ? undefined : text.lang;
}

/** The language of content that is never translated (place names, Träger, addresses) on a page in `pageLocale`. */
export function untranslatedLang(pageLocale: string): string | undefined {
  return pageLocale === contentSourceLocale ? undefined : contentSourceLocale;
}
