import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createCityEditor, signInAsEditor } from "./support/city-editor";
import type { EditorAccount } from "./support/city-editor";

// A CITY_EDITOR of the test's own seeded city (one offer, no translations yet).
const translationTest = test.extend<{ editor: EditorAccount }>({
  editor: async ({ db, seeded }, provide) => {
    const editor = await createCityEditor(db, seeded.citySlug, "uebersetzung");
    await provide(editor.account);
    await editor.remove();
  },
});

translationTest.describe("translations for staff", () => {
  translationTest(
    "the work list shows what is missing; an agency's XLIFF is dry-run, imported unreviewed and then listed as such",
    async ({ page, db, seeded, editor }) => {
      await signInAsEditor(page, editor);
      await page.getByRole("link", { name: "Übersetzungen" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersetzungen prüfen");
      await page.getByRole("link", { name: /^Polnisch: 1 offen/ }).click();
      await expect(page.getByRole("link", { name: `${seeded.offerName} (${seeded.cityName})` })).toBeVisible();
      await expect(page.getByText("1 fehlen · 0 veraltet · 0 ungeprüft · 0 geprüft")).toBeVisible();
      await expectNoAxeViolations(page);

      // What the agency gets: the German as source, one file per offer.
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "XLIFF-Datei für Polnisch herunterladen" }).click();
      const file = await (await download).path();
      const { readFile } = await import("node:fs/promises");
      const exported = await readFile(file, "utf8");
      expect(exported).toContain('trgLang="pl"');
      expect(exported).toContain(`<file id="${seeded.offerSlug}">`);
      const translated = exported.replace(/<target><\/target>/g, "<target>Tłumaczenie agencji</target>");

      await page.getByLabel("Übersetzte XLIFF-Datei (Polnisch)").setInputFiles({
        name: "agentur.xlf",
        mimeType: "application/xliff+xml",
        buffer: Buffer.from(translated, "utf8"),
      });
      await page.getByRole("button", { name: "Datei prüfen (noch nicht speichern)" }).click();
      await expect(page.getByText("Es wurde noch nichts gespeichert. So würde die Datei übernommen:")).toBeVisible();
      await expect(page.getByText("1 neue Übersetzung")).toBeVisible();
      expect(await db.offerTranslation.count({ where: { offer: { slug: seeded.offerSlug }, locale: "pl" } })).toBe(0);
      await page.getByRole("button", { name: "1 Übersetzung übernehmen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "1 Übersetzung übernommen, als ungeprüft markiert." })).toBeVisible();
      await expect
        .poll(() =>
          db.offerTranslation.findFirst({
            where: { offer: { slug: seeded.offerSlug }, locale: "pl" },
            select: { name: true, reviewed: true },
          }),
        )
        .toEqual({ name: "Tłumaczenie agencji", reviewed: false });

      await page.goto("/de/admin/uebersetzungen?sprache=pl");
      await expect(page.getByText("0 fehlen · 0 veraltet · 1 ungeprüft · 0 geprüft")).toBeVisible();
      // A file for another language is refused with a clear message.
      await page.getByLabel("Übersetzte XLIFF-Datei (Polnisch)").setInputFiles({
        name: "tuerkisch.xlf",
        mimeType: "application/xliff+xml",
        buffer: Buffer.from(translated.replace('trgLang="pl"', 'trgLang="tr"'), "utf8"),
      });
      await page.getByRole("button", { name: "Datei prüfen (noch nicht speichern)" }).click();
      await expect(page.getByText("Die Datei ist für eine andere Sprache. Wählen Sie oben die passende Sprache.")).toBeVisible();
    },
  );
});
