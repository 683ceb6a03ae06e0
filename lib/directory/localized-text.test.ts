import { describe, expect, it } from "vitest";
import {
  chooseOptionalText,
  chooseText,
  chooseTextList,
  describeTexts,
  langAttribute,
  localizeTerm,
  readJsonTranslation,
} from "./localized-text";

describe("chooseText", () => {
  it("shows the translation for the reader's locale, with its review state", () => {
    expect(chooseText("Offener Treff", { text: "Open meeting place", reviewed: false }, "en")).toEqual({
      text: "Open meeting place",
      lang: "en",
      reviewed: false,
    });
    expect(chooseText("Offener Treff", { text: "Açık buluşma yeri", reviewed: true }, "tr")).toEqual({
      text: "Açık buluşma yeri",
      lang: "tr",
      reviewed: true,
    });
  });

  it("falls back to the German original, marked as German, where no translation exists", () => {
    const fallback = { text: "Offener Treff", lang: "de", reviewed: true };
    expect(chooseText("Offener Treff", null, "ar")).toEqual(fallback);
    expect(chooseText("Offener Treff", undefined, "ar")).toEqual(fallback);
    expect(chooseText("Offener Treff", { text: null, reviewed: true }, "ar")).toEqual(fallback);
    expect(chooseText("Offener Treff", { text: "  ", reviewed: false }, "ar")).toEqual(fallback);
  });

  it("shows German readers the original even where a translation exists", () => {
    expect(chooseText("Offener Treff", { text: "Open", reviewed: true }, "de")).toEqual({
      text: "Offener Treff",
      lang: "de",
      reviewed: true,
    });
  });

  it("treats Leichte Sprache as its own language: standard German is the fallback", () => {
    expect(chooseText("Beratung", { text: "Hier bekommen Sie Rat.", reviewed: false }, "de-x-ls").lang).toBe("de-x-ls");
    expect(chooseText("Beratung", null, "de-x-ls").lang).toBe("de");
  });

  it("has nothing to show for an empty optional German text", () => {
    expect(chooseOptionalText(null, { text: "Goals", reviewed: true }, "en")).toBeNull();
    expect(chooseOptionalText("", null, "en")).toBeNull();
    expect(chooseOptionalText("Ziele", null, "en")).toEqual({ text: "Ziele", lang: "de", reviewed: true });
  });
});

describe("JSON translations of taxonomy terms and cities", () => {
  const translations = { en: { name: "Senior citizens' office", reviewed: false }, tr: { name: "Yaşlılar bürosu", reviewed: true } };

  it("reads the field and the review state of the locale", () => {
    expect(readJsonTranslation(translations, "en", "name")).toEqual({ text: "Senior citizens' office", reviewed: false });
    expect(readJsonTranslation(translations, "en", "description")).toEqual({ text: null, reviewed: false });
    expect(readJsonTranslation(translations, "ru", "name")).toBeNull();
  });

  it("treats malformed JSON as missing and a missing review flag as unreviewed", () => {
    expect(readJsonTranslation(null, "en", "name")).toBeNull();
    expect(readJsonTranslation([], "en", "name")).toBeNull();
    expect(readJsonTranslation({ en: "text" }, "en", "name")).toBeNull();
    expect(readJsonTranslation({ en: { name: 3 } }, "en", "name")).toEqual({ text: null, reviewed: false });
    expect(readJsonTranslation({ en: { name: "Office" } }, "en", "name")).toEqual({ text: "Office", reviewed: false });
  });

  it("localizes a term or falls back to its German name", () => {
    const term = { slug: "seniorenbuero", name: "Seniorenbüro", translations };
    expect(localizeTerm(term, "tr")).toEqual({ slug: "seniorenbuero", name: { text: "Yaşlılar bürosu", lang: "tr", reviewed: true } });
    expect(localizeTerm(term, "uk")).toEqual({ slug: "seniorenbuero", name: { text: "Seniorenbüro", lang: "de", reviewed: true } });
  });
});

describe("describeTexts: the notices a page section needs", () => {
  const en = { text: "Open", lang: "en", reviewed: true };
  const machine = { text: "Open", lang: "en", reviewed: false };
  const german = { text: "Offen", lang: "de", reviewed: true };

  it("asks for the German-fallback notice when a text is missing in the reader's language", () => {
    expect(describeTexts([en, german], "en")).toEqual({ fallback: true, onlyGerman: false, unreviewed: false });
    expect(describeTexts([en, null], "en")).toEqual({ fallback: false, onlyGerman: false, unreviewed: false });
    expect(describeTexts([german, null], "en")).toEqual({ fallback: true, onlyGerman: true, unreviewed: false });
  });

  it("asks for the not-yet-reviewed note when a translation is unreviewed", () => {
    expect(describeTexts([machine, en], "en")).toEqual({ fallback: false, onlyGerman: false, unreviewed: true });
    expect(describeTexts([machine, german], "en")).toEqual({ fallback: true, onlyGerman: false, unreviewed: true });
  });

  it("never notifies German readers", () => {
    expect(describeTexts([german], "de")).toEqual({ fallback: false, onlyGerman: false, unreviewed: false });
  });
});

describe("langAttribute", () => {
  it("marks only text that is not in the page's language", () => {
    expect(langAttribute({ text: "Offen", lang: "de", reviewed: true }, "tr")).toBe("de");
    expect(langAttribute({ text: "Açık", lang: "tr", reviewed: false }, "tr")).toBeUndefined();
    expect(langAttribute({ text: "Offen", lang: "de", reviewed: true }, "de")).toBeUndefined();
  });
});

describe("chooseTextList: a city's lists in the reader's language", () => {
  const german = ["Seniorenrat", "Demenznetz"];
  const translations = { en: { cooperation: ["Senior citizens' council", "Dementia network"], reviewed: false } };

  it("takes the translated list item by item, marked as not reviewed", () => {
    expect(chooseTextList(german, translations, "en", "cooperation")).toEqual([
      { text: "Senior citizens' council", lang: "en", reviewed: false },
      { text: "Dementia network", lang: "en", reviewed: false },
    ]);
  });

  it("keeps the German list when the translation is missing, shorter or has an empty item", () => {
    const german2 = chooseTextList(german, translations, "tr", "cooperation");
    expect(german2.map((t) => t.lang)).toEqual(["de", "de"]);
    expect(chooseTextList([...german, "Dritter"], translations, "en", "cooperation").map((t) => t.text)).toEqual([...german, "Dritter"]);
    expect(chooseTextList(german, { en: { cooperation: ["A", " "] } }, "en", "cooperation").map((t) => t.lang)).toEqual(["de", "de"]);
    expect(chooseTextList(german, translations, "de", "cooperation").map((t) => t.text)).toEqual(german);
  });
});
