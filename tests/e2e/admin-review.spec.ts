import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "@/lib/admin/passwords";
import { expect, expectNoAxeViolations, test } from "./fixtures";

type Account = { email: string; password: string };
type Team = { offerId: string; providerUserId: string; provider: Account; editor: Account };

// A Träger owning the test's offer, one PROVIDER_EDITOR for it and one CITY_EDITOR
// for the test's city; all removed afterwards (before the seeded city goes).
const reviewTest = test.extend<{ team: Team }>({
  team: async ({ db, seeded }, provide) => {
    const tag = randomBytes(3).toString("hex");
    const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
    const offer = await db.offer.findUniqueOrThrow({ where: { slug: seeded.offerSlug }, select: { id: true } });
    const provider = await db.provider.create({
      data: { slug: `pruef-traeger-${tag}`, name: `Prüfträger ${tag}`, cityId: city.id },
      select: { id: true },
    });
    await db.offer.update({ where: { id: offer.id }, data: { providerId: provider.id } });
    const password = "ein langes Test-Passwort";
    const passwordHash = await hashPassword(password);
    const providerUser = await db.user.create({
      data: {
        email: `traeger-${tag}@example.org`,
        role: "PROVIDER_EDITOR",
        passwordHash,
        providers: { create: { providerId: provider.id } },
      },
      select: { id: true, email: true },
    });
    const editorUser = await db.user.create({
      data: { email: `stadt-${tag}@example.org`, role: "CITY_EDITOR", passwordHash, cities: { create: { cityId: city.id } } },
      select: { id: true, email: true },
    });
    await provide({
      offerId: offer.id,
      providerUserId: providerUser.id,
      provider: { email: providerUser.email, password },
      editor: { email: editorUser.email, password },
    });
    await db.revision.deleteMany({ where: { entityId: offer.id } });
    await db.user.deleteMany({ where: { id: { in: [providerUser.id, editorUser.id] } } });
    await db.offer.update({ where: { id: offer.id }, data: { providerId: null } });
    await db.provider.delete({ where: { id: provider.id } });
  },
});

async function signIn(page: Page, account: Account) {
  await page.goto("/de/admin");
  await page.getByLabel("E-Mail-Adresse").fill(account.email);
  await page.getByLabel("Passwort", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
}

const original = "Offener Treff mit Mittagstisch.";

/** The Träger's editor proposes a new summary for review; returns it. */
async function submitAsProvider(page: Page, offerName: string, provider: Account): Promise<string> {
  const proposed = `Neu: Sprechstunde donnerstags ${randomBytes(2).toString("hex")}.`;
  await signIn(page, provider);
  // The Träger's editors have no review queue.
  await expect(page.getByRole("link", { name: "Freigaben" })).toHaveCount(0);
  await page.getByRole("link", { name: `„${offerName}“ bearbeiten` }).click();
  await page.getByLabel(/^Kurzbeschreibung/).fill(proposed);
  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(page.getByText("Ihre Änderung ist zur Prüfung eingereicht.")).toBeVisible();
  return proposed;
}

async function openReview(page: Page, offerName: string) {
  await page.getByRole("link", { name: `Änderung an „${offerName}“ prüfen` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Änderung prüfen: ${offerName}`);
}

reviewTest.describe("review and publish", () => {
  // One flow in two tests, so that neither comes near its time limit on a slow machine.
  reviewTest("a PROVIDER_EDITOR's edit waits for review; the public page keeps the published text", async ({ page, seeded, team }) => {
    const proposed = await submitAsProvider(page, seeded.offerName, team.provider);

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText(original)).toBeVisible();
    await expect(page.getByText(proposed)).toHaveCount(0);

    await page.goto("/de/admin/angebote");
    await signOut(page);
    await signIn(page, team.editor);
    await page.getByRole("link", { name: "Freigaben" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Änderungen zur Freigabe");
    await expect(page.getByText("1 Änderung wartet auf Freigabe")).toBeVisible();
    await expectNoAxeViolations(page);

    await openReview(page, seeded.offerName);
    const diff = page.getByRole("table", { name: "Vorher und nachher" });
    const summaryRow = diff.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Kurzbeschreibung/ }) });
    await expect(summaryRow.getByRole("cell").nth(0)).toHaveText(original);
    await expect(summaryRow.getByRole("cell").nth(1)).toHaveText(proposed);
    await expectNoAxeViolations(page);
  });

  reviewTest("a CITY_EDITOR previews and approves a waiting change; it is public and in the history", async ({ page, seeded, team }) => {
    const proposed = await submitAsProvider(page, seeded.offerName, team.provider);
    await page.goto("/de/admin/angebote");
    await signOut(page);
    await signIn(page, team.editor);
    await page.getByRole("link", { name: "Freigaben" }).click();
    await openReview(page, seeded.offerName);

    await page.getByRole("link", { name: "Vorschau mit dieser Änderung ansehen" }).click();
    await expect(page.getByRole("note")).toContainText("Vorschau mit der wartenden Änderung");
    await expect(page.getByText(proposed)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Zurück zur Prüfung" }).click();

    await page.getByLabel("Kommentar").fill("Passt, danke.");
    await page.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Änderung ist freigegeben" })).toBeVisible();
    await expect(page.getByText("Keine Änderungen warten auf Freigabe")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText(proposed)).toBeVisible();
    await expect(page.getByText(original)).toHaveCount(0);

    await page.goto(`/de/admin/angebote/${team.offerId}/verlauf`);
    await expect(page.getByRole("cell", { name: "Änderung freigegeben" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Änderung zur Prüfung eingereicht" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  reviewTest("the history restores an earlier version as a new version, visible on the public page", async ({ page, seeded, team }) => {
    const original = "Offener Treff mit Mittagstisch.";
    const changed = `Geändert ${randomBytes(2).toString("hex")}.`;
    await signIn(page, team.editor);
    await page.getByRole("link", { name: `„${seeded.offerName}“ bearbeiten` }).click();
    await page.getByLabel(/^Kurzbeschreibung/).fill(changed);
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Änderungen sind gespeichert." })).toBeVisible();

    await page.getByRole("link", { name: "Verlauf", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Verlauf: ${seeded.offerName}`);
    await page.getByLabel("Art der Änderung").selectOption("offer.update");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page.getByText("1 Eintrag", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /^Fassung vor dieser Änderung wiederherstellen/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die frühere Fassung ist als neue Version gespeichert." })).toBeVisible();

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText(original)).toBeVisible();
    await expect(page.getByText(changed)).toHaveCount(0);
  });

  reviewTest(
    "without JavaScript a CITY_EDITOR rejects with a comment; the offer stays as it was",
    async ({ browser, db, seeded, team }) => {
      const offer = await db.offer.findUniqueOrThrow({ where: { id: team.offerId }, select: { version: true, summary: true } });
      const revision = await db.revision.create({
        data: {
          entityType: "offer",
          entityId: team.offerId,
          baseVersion: offer.version,
          before: { summary: offer.summary },
          after: { summary: "Bitte nicht übernehmen." },
          authorId: team.providerUserId,
        },
        select: { id: true },
      });
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
      const page = await context.newPage();
      await signIn(page, team.editor);
      await page.goto(`/de/admin/freigaben/${revision.id}`);
      await page.getByLabel("Kommentar").fill("Quelle fehlt.");
      await page.getByRole("button", { name: "Ablehnen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Die Änderung ist abgelehnt." })).toBeVisible();
      expect(await db.offer.findUniqueOrThrow({ where: { id: team.offerId }, select: { version: true, summary: true } })).toEqual(offer);
      expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id }, select: { status: true, comment: true } })).toEqual({
        status: "REJECTED",
        comment: "Quelle fehlt.",
      });
      await page.goto(`/de/angebote/${seeded.offerSlug}`);
      await expect(page.getByText(offer.summary)).toBeVisible();
      await context.close();
    },
  );
});
