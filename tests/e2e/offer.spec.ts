import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { shiftDate, toBerlinTime } from "@/lib/directory/opening-hours";
import type { DatabaseClient } from "@/lib/database/client";
import { expect, expectNoAxeViolations, expectReadingHelp, test } from "./fixtures";
import type { SeededOffer } from "./fixtures";

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n");

// Hours that cover every moment of the week, whatever time the test runs at.
async function openAllWeek(db: DatabaseClient, seeded: SeededOffer) {
  const offer = await db.offer.findUniqueOrThrow({ where: { slug: seeded.offerSlug }, select: { id: true } });
  await db.openingHours.deleteMany({ where: { offerId: offer.id } });
  await db.openingHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ offerId: offer.id, weekday, opens: "00:00", closes: "24:00" })),
  });
  return offer.id;
}

// Closed today and tomorrow (Berlin), so the answer holds even if the test runs across midnight.
async function closeTodayAndTomorrow(db: DatabaseClient, offerId: string) {
  const today = toBerlinTime(new Date()).date;
  await db.scheduleException.createMany({
    data: [today, shiftDate(today, 1)].map((date) => ({
      offerId,
      date: new Date(`${date}T00:00:00Z`),
      closed: true,
      note: "Betriebsausflug",
    })),
  });
}

async function readJsonLd(page: Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "") as Record<string, unknown> & {
    availableChannel: { servicePhone: { telephone: string }; serviceLocation: Record<string, unknown> };
  };
}

test.describe("offer page", () => {
  test("saves the contact as a vCard download", async ({ page, seeded }) => {
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    const link = page.getByRole("link", { name: "Kontakt speichern (vCard)" });
    await expect(link).toHaveAttribute("href", `/de/angebote/${seeded.offerSlug}/kontakt.vcf`);

    const response = await page.request.get(`/de/angebote/${seeded.offerSlug}/kontakt.vcf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/vcard; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${seeded.offerSlug}.vcf"`);

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`${seeded.offerSlug}.vcf`);
    const card = await readFile((await download.path())!, "utf8");
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
    const lines = unfold(card);
    expect(lines).toContain(`FN:${seeded.offerName}`);
    expect(lines).toContain(`ORG:${seeded.offerName}`);
    expect(lines).toContain("TEL;TYPE=WORK,VOICE:0211 123456");
    expect(lines).toContain(`ADR;TYPE=WORK:;;Teststraße 1;${seeded.cityName};;40210;Deutschland`);
    expect(lines.filter((line) => line.startsWith("URL:"))).toEqual([
      expect.stringMatching(new RegExp(`^URL:https?://.+/de/angebote/${seeded.offerSlug}$`)),
    ]);
    const note = lines.find((line) => line.startsWith("NOTE:"));
    expect(note).toContain("Öffnungszeiten:\\nDienstag: 10:00 bis 16:00 Uhr");
    expect(note).toContain("Erika Prüf\\, Telefon 0211 654321\\, E-Mail erika@example.org");
  });

  test("answers an unpublished offer's vCard and page with 404", async ({ page, db, seeded }) => {
    await db.offer.update({ where: { slug: seeded.offerSlug }, data: { status: "DRAFT" } });
    const card = await page.request.get(`/de/angebote/${seeded.offerSlug}/kontakt.vcf`);
    expect(card.status()).toBe(404);
    expect(await card.text()).toBe("Dieses Angebot gibt es nicht oder nicht mehr.");
    const unknownLocale = await page.request.get(`/xx/angebote/${seeded.offerSlug}/kontakt.vcf`);
    expect(unknownLocale.status()).toBe(404);
    const response = await page.goto(`/de/angebote/${seeded.offerSlug}`);
    expect(response?.status()).toBe(404);
  });

  test("shows 'open now' when the hours cover this moment, grouped in words", async ({ page, db, seeded }) => {
    await openAllWeek(db, seeded);
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toBeVisible();
    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Montag–Sonntag: rund um die Uhr")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("shows 'closed now' on a closure day and lists the closure", async ({ page, db, seeded }) => {
    const offerId = await openAllWeek(db, seeded);
    await closeTodayAndTomorrow(db, offerId);
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toBeVisible();
    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Abweichende Öffnungszeiten" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "geschlossen (Betriebsausflug)" })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test("passes axe at the largest text size in high contrast, with badge and closures", async ({ page, db, seeded, baseURL }) => {
    const offerId = await openAllWeek(db, seeded);
    await closeTodayAndTomorrow(db, offerId);
    await page.context().addCookies([{ name: "lesehilfe", value: "sehr-gross.hoch", url: baseURL! }]);
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expectReadingHelp(page, { contrast: "hoch" });
    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("shows no badge when the hours are unknown", async ({ page, db, seeded }) => {
    await db.openingHours.deleteMany({ where: { offer: { slug: seeded.offerSlug } } });
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText("Die Öffnungszeiten sind nicht bekannt. Bitte rufen Sie vorher an.")).toBeVisible();
    await expect(page.getByText(/^Jetzt (geöffnet|geschlossen)$/)).toHaveCount(0);
  });

  test("shows the badge in English", async ({ page, db, seeded }) => {
    await openAllWeek(db, seeded);
    await page.goto(`/en/angebote/${seeded.offerSlug}`);
    await expect(page.getByText("Open now", { exact: true })).toBeVisible();
    await expect(page.getByText("Monday–Sunday: open 24 hours")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("describes the offer as schema.org JSON-LD that survives HTML in the data", async ({ page, db, seeded }) => {
    const hostile = "Treff </script><script>window.__pwned = 1</script>";
    await db.offer.update({ where: { slug: seeded.offerSlug }, data: { summary: hostile } });
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    const data = await readJsonLd(page);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("GovernmentService");
    expect(data.name).toBe(seeded.offerName);
    expect(data.description).toBe(hostile);
    expect(data.availableChannel.servicePhone.telephone).toBe("0211 123456");
    expect(data.availableChannel.serviceLocation).toMatchObject({
      "@type": "CivicStructure",
      telephone: "0211 123456",
      address: { streetAddress: "Teststraße 1", postalCode: "40210" },
      openingHoursSpecification: [{ dayOfWeek: ["https://schema.org/Tuesday"], opens: "10:00", closes: "16:00" }],
    });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByText(hostile)).toBeVisible();
  });

  test("prints one clean page: the offer and its contacts, no site chrome or buttons", async ({ page, seeded }) => {
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Kontakt speichern (vCard)" })).toBeVisible();
    // "Open now" is true only on screen; on paper it would soon be wrong.
    const badge = page.getByText(/^Jetzt (geöffnet|geschlossen)$/);
    await expect(badge).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.locator("nav").first()).toBeHidden();
    await expect(page.locator("nav")).toHaveCount(await page.locator("nav:not(:visible)").count());
    await expect(page.locator("button")).toHaveCount(await page.locator("button:not(:visible)").count());
    await expect(page.getByRole("link", { name: "Kontakt speichern (vCard)" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Adresse auf OpenStreetMap ansehen" })).toBeHidden();
    await expect(badge).toBeHidden();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.offerName);
    await expect(page.getByText(seeded.contactName)).toBeVisible();
    await expect(page.getByRole("link", { name: "0211 123456" }).first()).toBeVisible();
    await expect(page.getByText("Dienstag: 10:00 bis 16:00 Uhr")).toBeVisible();
    await expect(page.getByText(new RegExp(`^Diese Seite im Internet: https?://.+/de/angebote/${seeded.offerSlug}$`))).toBeVisible();

    const pdf = await page.pdf({ format: "A4" });
    expect(countPdfPages(pdf)).toBe(1);
  });
});

// Chromium writes one uncompressed "/Type /Page" dictionary per page ("/Pages" is the tree root).
function countPdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
