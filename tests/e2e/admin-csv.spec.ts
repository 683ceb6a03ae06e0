import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, expectNoAxeViolationsAsSeenBy, test } from "./fixtures";
import { createCityEditor, signInAsEditor } from "./support/city-editor";
import type { EditorAccount } from "./support/city-editor";

// A CITY_EDITOR for the test's own seeded city; offers an import created there are
// removed before the fixture removes the city.
const csvTest = test.extend<{ editor: EditorAccount }>({
  editor: async ({ db, seeded }, provide) => {
    const editor = await createCityEditor(db, seeded.citySlug, "csv");
    await provide(editor.account);
    await db.offer.deleteMany({ where: { cityId: editor.cityId, slug: { not: seeded.offerSlug } } });
    await editor.remove();
  },
});

function csvFile(lines: string[], name = "angebote.csv") {
  return { name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") };
}

csvTest.describe("admin CSV import and verification", () => {
  csvTest(
    "the dry run lists row errors and saves nothing; a valid file is imported and shows in the list",
    async ({ page, db, seeded, editor }) => {
      await signInAsEditor(page, editor);
      await page.getByRole("link", { name: "Import und Export" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import und Export");
      await expectNoAxeViolations(page);

      const name = `Nachbarschaftscafé ${randomBytes(2).toString("hex")}`;
      const header = "name;summary;description;city;type;postcode";
      await page
        .getByLabel("CSV-Datei", { exact: true })
        .setInputFiles(
          csvFile(
            [
              header,
              `${name};Kurz;Lang;${seeded.citySlug};begegnungsstaette;4021`,
              `${name} 2;Kurz;Lang;gibt-es-nicht;begegnungsstaette;40210`,
            ],
            "fehler.csv",
          ),
        );
      await page.getByRole("button", { name: "Datei prüfen" }).click();
      await expect(page.getByRole("heading", { name: "Ergebnis der Prüfung von „fehler.csv“" })).toBeVisible();
      await expect(page.getByText("Die Datei hat 2 Fehler. Nichts wurde gespeichert.")).toBeVisible();
      const errors = page.getByRole("table", { name: "Fehler nach Zeile" });
      await expect(errors.getByRole("row", { name: "2 postcode Eine Postleitzahl hat fünf Ziffern." })).toBeVisible();
      await expect(errors.getByRole("row", { name: "3 city Diese Stadt gibt es nicht." })).toBeVisible();
      await expect(page.getByRole("button", { name: "Jetzt importieren" })).toHaveCount(0);
      await expectNoAxeViolations(page);
      expect(await db.offer.count({ where: { name: { startsWith: name } } })).toBe(0);

      await page
        .getByLabel("CSV-Datei", { exact: true })
        .setInputFiles(csvFile([header, `${name};Kurz;Lang;${seeded.citySlug};begegnungsstaette;40210`]));
      await page.getByRole("button", { name: "Datei prüfen" }).click();
      const plan = page.getByRole("table", { name: "Was der Import tun würde" });
      await expect(plan.getByRole("row", { name: `2 neu anlegen ${name} ${seeded.cityName}` })).toBeVisible();
      await expect(page.getByText("Noch ist nichts gespeichert.")).toBeVisible();
      expect(await db.offer.count({ where: { name } })).toBe(0);
      await page.getByRole("button", { name: "Jetzt importieren" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Import abgeschlossen: 1 neues Angebot, keine Änderung, 0 unverändert." }),
      ).toBeVisible();
      expect(await db.offer.findFirst({ where: { name }, select: { status: true, postcode: true } })).toEqual({
        status: "DRAFT",
        postcode: "40210",
      });

      await page.getByRole("link", { name: "Zur Liste der Angebote" }).click();
      await expect(page.getByRole("link", { name: `„${name}“ bearbeiten` })).toBeVisible();
    },
  );

  csvTest("a malformed file gets a clear message on a normal page, also without JavaScript", async ({ browser, db, editor }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await signInAsEditor(page, editor);
    await page.goto("/de/admin/import");
    await page.getByLabel("CSV-Datei", { exact: true }).setInputFiles(csvFile(["name\tcity", "Treff\tessen"], "tabs.csv"));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Datei prüfen" }).click(),
    ]);
    expect(response.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "Die Spalten sind nicht durch Semikolon oder Komma getrennt." })).toBeVisible();
    await expectNoAxeViolationsAsSeenBy(browser, page);

    await page.getByLabel("CSV-Datei", { exact: true }).setInputFiles({
      name: "alt.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x53, 0xfc, 0x64, 0x0a]),
    });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Die Datei ist keine Textdatei in UTF-8." })).toBeVisible();
    expect(await db.auditEntry.count({ where: { actorId: editor.userId, action: { in: ["offer.create", "offer.update"] } } })).toBe(0);
    await context.close();
  });

  csvTest(
    "the verification list shows the unchecked offer, exports it, and marks it as checked without JavaScript",
    async ({ browser, baseURL, db, seeded, editor }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
      const page = await context.newPage();
      await signInAsEditor(page, editor);
      await page.getByRole("link", { name: "Prüfung", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zu prüfende Angebote");
      await page.getByLabel("Stadt").selectOption({ label: seeded.cityName });
      await page.getByRole("button", { name: "Anzeigen" }).click();
      await expect(page.getByText("1 Angebot zu prüfen", { exact: false })).toBeVisible();
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `„${seeded.offerName}“ bearbeiten` }) });
      await expect(row.getByRole("cell", { name: "noch nie" })).toBeVisible();
      await expectNoAxeViolationsAsSeenBy(browser, page);

      const exportLink = page.getByRole("link", { name: "Diese Liste als CSV-Datei herunterladen" });
      const download = await page.request.get((await exportLink.getAttribute("href"))!);
      expect(download.status()).toBe(200);
      expect(download.headers()["cache-control"]).toContain("no-store");
      expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const csv = await download.text();
      expect(csv.split("\r\n")[0]).toBe(
        "\uFEFFid;version;slug;status;city;provider;type;whole_city;name;summary;description;street;postcode;locality;phone;email;website;last_verified",
      );
      expect(csv).toContain(`;${seeded.offerSlug};PUBLISHED;${seeded.citySlug};`);
      expect(csv.trim().split("\r\n")).toHaveLength(2);
      const signedOut = await fetch(new URL("/de/admin/export.csv?liste=pruefung", baseURL), { redirect: "manual" });
      expect(signedOut.status).toBe(303);
      expect(signedOut.headers.get("location")).toBe("/de/admin");
      expect(await signedOut.text()).toBe("");

      await row.getByRole("button", { name: `„${seeded.offerName}“ als geprüft markieren` }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Das Angebot ist mit dem heutigen Datum als geprüft vermerkt." }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: `„${seeded.offerName}“ bearbeiten` })).toHaveCount(0);
      await expect(page.getByLabel("Stadt")).toHaveValue(/.+/);
      const stored = await db.offer.findUniqueOrThrow({
        where: { slug: seeded.offerSlug },
        select: { lastVerifiedAt: true, version: true },
      });
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
      expect(stored).toEqual({ lastVerifiedAt: new Date(`${today}T00:00:00Z`), version: 2 });
      await context.close();
    },
  );
});
