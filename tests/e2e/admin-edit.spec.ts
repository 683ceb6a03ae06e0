import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "@/lib/admin/passwords";
import { expect, expectNoAxeViolations, expectNoAxeViolationsAsSeenBy, test } from "./fixtures";

type Setup = { email: string; password: string; districtName: string };

// A CITY_EDITOR of the test's own seeded city, and one district of that city.
const editTest = test.extend<{ setup: Setup }>({
  setup: async ({ db, seeded }, provide) => {
    const tag = randomBytes(3).toString("hex");
    const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
    const districtName = `Bezirk Nord ${tag}`;
    await db.district.create({ data: { cityId: city.id, slug: `nord-${tag}`, name: districtName } });
    const email = `bearbeitung-${tag}@example.org`;
    const password = "ein langes Test-Passwort";
    const user = await db.user.create({
      data: { email, role: "CITY_EDITOR", passwordHash: await hashPassword(password), cities: { create: { cityId: city.id } } },
      select: { id: true },
    });
    await provide({ email, password, districtName });
    // Offers this test created keep the seeded city from being removed.
    await db.offer.deleteMany({ where: { cityId: city.id, slug: { not: seeded.offerSlug } } });
    await db.auditEntry.deleteMany({ where: { actorId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    await db.loginAttempt.deleteMany({ where: { email } });
  },
});

async function signInAndOpen(page: Page, setup: Setup, offerName: string) {
  await page.goto("/de/admin");
  await page.getByLabel("E-Mail-Adresse").fill(setup.email);
  await page.getByLabel("Passwort", { exact: true }).fill(setup.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("link", { name: `„${offerName}“ bearbeiten` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Angebot bearbeiten");
}

editTest.describe("editing all fields of an offer", () => {
  editTest(
    "without JavaScript: hours and districts are saved and shown on the public page; a wrong range is refused and kept",
    async ({ browser, seeded, setup }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
      const page = await context.newPage();
      await signInAndOpen(page, setup, seeded.offerName);
      await expect(page.getByLabel("Öffnet (Dienstag, Zeitraum 1)")).toHaveValue("10:00");

      await page.getByLabel("Gilt für die ganze Stadt").uncheck();
      await page.getByRole("checkbox", { name: setup.districtName }).check();
      await page.getByLabel("Öffnet (Montag, Zeitraum 1)").fill("09:00");
      await page.getByLabel("Schließt (Montag, Zeitraum 1)").fill("12:30");
      await page.getByLabel("Öffnet (Dienstag, Zeitraum 2)").fill("18:00");
      await page.getByLabel("Schließt (Dienstag, Zeitraum 2)").fill("17:00");
      await page.getByRole("button", { name: "Änderungen speichern" }).click();

      // 18:00–17:00 is no range across midnight: refused, translated, and nothing typed lost.
      await expect(page.getByText("Die Öffnung muss vor dem Ende liegen.").first()).toBeVisible();
      await expect(page.getByLabel("Schließt (Dienstag, Zeitraum 2)")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Schließt (Montag, Zeitraum 1)")).toHaveValue("12:30");
      await expect(page.getByRole("checkbox", { name: setup.districtName })).toBeChecked();
      await expect(page.getByLabel("Gilt für die ganze Stadt")).not.toBeChecked();
      await expectNoAxeViolationsAsSeenBy(browser, page);

      await page.getByLabel("Schließt (Dienstag, Zeitraum 2)").fill("24:00");
      await page.getByRole("button", { name: "Änderungen speichern" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Die Änderungen sind gespeichert." })).toBeVisible();
      await expect(page.getByLabel("Öffnet (Montag, Zeitraum 1)")).toHaveValue("09:00");
      await expect(page.getByLabel("Öffnet (Dienstag, Zeitraum 2)")).toHaveValue("18:00");
      await expectNoAxeViolationsAsSeenBy(browser, page);

      await page.goto(`/de/angebote/${seeded.offerSlug}`);
      const hours = page.getByRole("region", { name: "Öffnungszeiten" });
      await expect(hours).toContainText("09:00 bis 12:30 Uhr");
      await expect(hours).toContainText("18:00 bis 24:00 Uhr");
      await expect(page.getByText(setup.districtName)).toBeVisible();
      await context.close();
    },
  );

  editTest("archive and restore are explicit buttons; an archived offer leaves the public site", async ({ browser, seeded, setup }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await signInAndOpen(page, setup, seeded.offerName);
    await page.getByRole("button", { name: "Angebot archivieren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Der Status ist geändert." })).toBeVisible();
    await expect(page.getByText("Dieses Angebot ist archiviert")).toBeVisible();
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("ARCHIVED");
    await expectNoAxeViolationsAsSeenBy(browser, page);
    const archived = await page.goto(`/de/angebote/${seeded.offerSlug}`);
    expect(archived?.status()).toBe(404);

    await page.goBack();
    await page.reload();
    await page.getByRole("button", { name: "Angebot wiederherstellen (als Entwurf)" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Der Status ist geändert." })).toBeVisible();
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("DRAFT");
    await context.close();
  });

  editTest("creates a new published offer with hours; it appears on the public site", async ({ page, seeded, setup }) => {
    await signInAndOpen(page, setup, seeded.offerName);
    await page.getByRole("link", { name: "Zurück zur Liste der Angebote" }).click();
    await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Neues Angebot: ${seeded.cityName}`);
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await expect(page.getByLabel(/^Name des Angebots/)).toHaveAttribute("aria-invalid", "true");

    const name = `Mittagstisch ${randomBytes(2).toString("hex")}`;
    await page.getByLabel(/^Name des Angebots/).fill(name);
    await page.getByLabel(/^Kurzbeschreibung/).fill("Warmes Essen in Gesellschaft.");
    await page.getByLabel(/^Beschreibung/).fill("Jeden Donnerstag.");
    await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
    await page.getByLabel("Öffnet (Donnerstag, Zeitraum 1)").fill("11:30");
    await page.getByLabel("Schließt (Donnerstag, Zeitraum 1)").fill("14:00");
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Das Angebot ist angelegt." })).toBeVisible();
    await expect(page.getByLabel(/^Name des Angebots/)).toHaveValue(name);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("region", { name: "Öffnungszeiten" })).toContainText("11:30 bis 14:00 Uhr");
  });

  editTest("translations side by side: an English name is saved and shown on the English public page", async ({ page, seeded, setup }) => {
    await signInAndOpen(page, setup, seeded.offerName);
    await page.getByRole("link", { name: "Übersetzungen bearbeiten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Übersetzungen");
    await expect(page.getByRole("group", { name: "Englisch" }).getByText(seeded.offerName)).toBeVisible();
    const english = `Meeting place ${randomBytes(2).toString("hex")}`;
    await page.getByLabel("Name (Englisch)").fill(english);
    await page.getByLabel("Übersetzung geprüft (Englisch)").check();
    await page.getByLabel("Name (Türkisch)").fill("x".repeat(201));
    await page.getByRole("button", { name: "Übersetzungen speichern" }).click();
    await expect(page.getByLabel("Name (Türkisch)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name (Englisch)")).toHaveValue(english);
    await page.getByLabel("Name (Türkisch)").fill("");
    await page.getByRole("button", { name: "Übersetzungen speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Übersetzungen sind gespeichert." })).toBeVisible();
    await expect(page.getByLabel("Übersetzung geprüft (Englisch)")).toBeChecked();
    await expectNoAxeViolations(page);

    await page.goto(`/en/angebote/${seeded.offerSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(english);
  });
});
