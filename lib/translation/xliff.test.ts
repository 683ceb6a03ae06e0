import { describe, expect, it } from "vitest";
import { buildTranslationXliff, readTranslationXliff } from "./xliff";

const unit = {
  slug: "duesseldorf-seniorenberatung",
  fingerprint: "abc123def456",
  source: { name: "Seniorenberatung", summary: "Beratung & Hilfe <telefonisch>", description: "Zeile 1\nZeile 2" },
  target: { name: "Advice for older people", summary: null, description: null },
};

describe("XLIFF 2.0 for translation agencies", () => {
  it("writes the German as source and the current translation as target, and reads the targets back", async () => {
    const xml = await buildTranslationXliff("en", [unit]);
    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xml).toContain('trgLang="en"');
    expect(xml).toContain("<source>Beratung &amp; Hilfe &lt;telefonisch&gt;</source>");
    const translated = xml.replace("<target></target>", "<target>Advice &amp; help by phone</target>");
    const read = await readTranslationXliff(translated, "en");
    expect(read).toEqual({
      ok: true,
      units: [
        {
          slug: unit.slug,
          fingerprint: "abc123def456",
          target: { name: "Advice for older people", summary: "Advice & help by phone", description: "" },
        },
      ],
    });
  });

  it("refuses a file for another language, a file that is not XLIFF 2.0, and any DTD", async () => {
    const xml = await buildTranslationXliff("tr", [unit]);
    expect(await readTranslationXliff(xml, "en")).toEqual({ ok: false, error: "wrongLanguage" });
    expect(await readTranslationXliff("name;summary\nA;B", "en")).toEqual({ ok: false, error: "notXliff" });
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${xml}`;
    expect(await readTranslationXliff(bomb, "tr")).toEqual({ ok: false, error: "doctype" });
    expect(await readTranslationXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file', "en")).toEqual({
      ok: false,
      error: "notXliff",
    });
  });
});
