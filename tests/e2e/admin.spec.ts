import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "@/lib/admin/passwords";
import { expect, expectNoAxeViolations, expectNoAxeViolationsAsSeenBy, test } from "./fixtures";

type Account = { email: string; password: string; userId: string };

// A CITY_EDITOR for the test's own seeded city, removed afterwards.
const adminTest = test.extend<{ editor: Account }>({
  editor: async ({ db, seeded }, provide) => {
    const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
    const email = `redaktion-${randomBytes(3).toString("hex")}@example.org`;
    const password = "ein langes Test-Passwort";
    const user = await db.user.create({
      data: { email, role: "CITY_EDITOR", passwordHash: await hashPassword(password), cities: { create: { cityId: city.id } } },
      select: { id: true },
    });
    await provide({ email, password, userId: user.id });
    await db.user.delete({ where: { id: user.id } });
    // Failed attempts also count per IP (all tests come from 127.0.0.1): forget this test's.
    await db.loginAttempt.deleteMany({ where: { email: { in: [email, `niemand-${email}`] } } });
  },
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/de/admin");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function openEditForm(page: Page, offerName: string) {
  await page.getByRole("link", { name: `„${offerName}“ bearbeiten` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Angebot bearbeiten");
}

adminTest.describe("admin area", () => {
  adminTest(
    "signs in, lists only the offers of the editor's city, sends no-store and noindex, signs out",
    async ({ page, seeded, editor }) => {
      const response = await page.goto("/de/admin");
      expect(response?.headers()["cache-control"]).toContain("no-store");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expectNoAxeViolations(page);

      await signIn(page, editor.email, editor.password);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");
      await expect(page.getByRole("link", { name: `„${seeded.offerName}“ bearbeiten` })).toBeVisible();
      await expect(page.getByText("1 Angebot", { exact: true })).toBeVisible();
      const cookie = (await page.context().cookies()).find((c) => c.name === "swg-admin");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: "Abmelden", exact: true }).click();
      await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
      await page.goto("/de/admin/angebote");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung für die Verwaltung");
    },
  );

  adminTest("a wrong password and an unknown address get the same message; the address stays typed", async ({ page, editor }) => {
    await signIn(page, editor.email, "falsches Passwort");
    const message = "E-Mail-Adresse oder Passwort stimmen nicht.";
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(editor.email);
    await expect(page.getByLabel("Passwort", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page);

    await signIn(page, `niemand-${editor.email}`, "falsches Passwort");
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  });

  adminTest("after 5 wrong passwords the account is paused with a clear message, even for the right password", async ({ page, editor }) => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signIn(page, editor.email, `falsch ${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort stimmen nicht." })).toBeVisible();
    }
    await signIn(page, editor.email, editor.password);
    await expect(page.getByRole("alert").filter({ hasText: /Zu viele Anmeldeversuche\. Bitte warten Sie 1[45] Minuten/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung für die Verwaltung");
  });

  adminTest("a CITY_EDITOR's edit is visible on the public page after saving", async ({ page, seeded, editor }) => {
    await signIn(page, editor.email, editor.password);
    await openEditForm(page, seeded.offerName);
    await expectNoAxeViolations(page);
    const summary = `Neu: Mittagstisch dienstags ${randomBytes(2).toString("hex")}.`;
    const name = `${seeded.offerName} im Stadtteilhaus`;
    await page.getByLabel(/^Name des Angebots/).fill(name);
    await page.getByLabel(/^Kurzbeschreibung/).fill(summary);
    await page.getByRole("textbox", { name: "Name", exact: true }).first().fill("Erika Prüf-Neu");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Änderungen sind gespeichert." })).toBeVisible();
    await expect(page.getByLabel(/^Kurzbeschreibung/)).toHaveValue(summary);

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText(summary)).toBeVisible();
    await expect(page.getByText("Erika Prüf-Neu")).toBeVisible();
    // The city page comes from the data cache: the save expired its tags (stale-while-
    // revalidate), so the new name appears once the background refresh is done.
    await expect(async () => {
      await page.goto(`/de/staedte/${seeded.citySlug}`);
      await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });

    await page.goto("/de/admin/protokoll");
    await expect(page.getByRole("cell", { name: "Angebot geändert" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  adminTest("a save against a newer version shows the conflict page and keeps the typed text", async ({ page, db, seeded, editor }) => {
    await signIn(page, editor.email, editor.password);
    await openEditForm(page, seeded.offerName);
    // Meanwhile someone else saves the offer.
    await db.offer.update({
      where: { slug: seeded.offerSlug },
      data: { name: `${seeded.offerName} (geändert)`, version: { increment: 1 } },
    });
    const mine = "Meine Kurzbeschreibung, die nicht verloren gehen darf.";
    await page.getByLabel(/^Kurzbeschreibung/).fill(mine);
    await page.getByRole("button", { name: "Änderungen speichern" }).click();

    await expect(page.getByRole("heading", { name: "Jemand anderes hat dieses Angebot inzwischen geändert" })).toBeVisible();
    const comparison = page.getByRole("table");
    await expect(comparison.getByRole("cell", { name: `${seeded.offerName} (geändert)` })).toBeVisible();
    await expect(comparison.getByRole("cell", { name: mine })).toBeVisible();
    await expect(page.getByLabel(/^Kurzbeschreibung/)).toHaveValue(mine);
    await expect(page.getByLabel(/^Name des Angebots/)).toHaveValue(seeded.offerName);
    await expectNoAxeViolations(page);

    // Saving again now is deliberate: it is based on the version just shown.
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Änderungen sind gespeichert." })).toBeVisible();
    const stored = await db.offer.findUniqueOrThrow({ where: { slug: seeded.offerSlug }, select: { summary: true, version: true } });
    expect(stored).toEqual({ summary: mine, version: 3 });
  });

  adminTest("works without JavaScript: field errors are translated and nothing typed is lost", async ({ browser, seeded, editor }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");
    await openEditForm(page, seeded.offerName);
    await page.getByLabel(/^Postleitzahl/).fill("4021");
    await page.getByLabel(/^Internetseite/).fill("javascript:alert(1)");
    await page.getByLabel(/^Beschreibung/).fill("Eine neue, lange Beschreibung.");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie die markierten Felder." })).toBeVisible();
    await expect(page.getByText("Eine Postleitzahl hat fünf Ziffern.").first()).toBeVisible();
    await expect(page.getByLabel(/^Postleitzahl/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/^Postleitzahl/)).toHaveValue("4021");
    await expect(page.getByLabel(/^Beschreibung/)).toHaveValue("Eine neue, lange Beschreibung.");
    await expectNoAxeViolationsAsSeenBy(browser, page);

    await page.getByLabel(/^Postleitzahl/).fill("40210");
    await page.getByLabel(/^Internetseite/).fill("");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByText("Die Änderungen sind gespeichert.")).toBeVisible();
    await context.close();
  });

  adminTest("an ADMIN invites an account; the one-time link sets the password and works once", async ({ page, db }) => {
    const adminEmail = `admin-${randomBytes(3).toString("hex")}@example.org`;
    const admin = await db.user.create({
      data: { email: adminEmail, role: "ADMIN", passwordHash: await hashPassword("Admin-Passwort 123") },
      select: { id: true },
    });
    const invitedEmail = `neu-${randomBytes(3).toString("hex")}@example.org`;
    try {
      await signIn(page, adminEmail, "Admin-Passwort 123");
      await page.getByRole("link", { name: "Konten" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konten");
      await expectNoAxeViolations(page);
      await page.getByLabel(/^E-Mail-Adresse/).fill(invitedEmail);
      await page.getByLabel("Rolle").selectOption("ADMIN");
      await page.getByRole("button", { name: "Einladen" }).click();
      const link = await page.locator("output").textContent();
      expect(link).toMatch(/\/de\/admin\/passwort\?token=[A-Za-z0-9_-]{43}$/);
      await page.getByRole("button", { name: "Abmelden", exact: true }).click();

      const path = new URL(link!).pathname + new URL(link!).search;
      await page.goto(path);
      await page.getByLabel(/^Neues Passwort/).fill("mein neues Passwort");
      await page.getByLabel(/^Passwort wiederholen/).fill("mein neues Passwort");
      await page.getByRole("button", { name: "Passwort speichern" }).click();
      await expect(page.getByText("Ihr Passwort ist gespeichert.")).toBeVisible();
      await signIn(page, invitedEmail, "mein neues Passwort");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");

      await page.goto(path);
      await expect(page.getByRole("alert").filter({ hasText: "Dieser Link ist ungültig" })).toBeVisible();
    } finally {
      await db.user.deleteMany({ where: { email: { in: [adminEmail, invitedEmail] } } });
      await db.loginAttempt.deleteMany({ where: { email: { in: [adminEmail, invitedEmail] } } });
      expect(await db.user.count({ where: { id: admin.id } })).toBe(0);
    }
  });
});
