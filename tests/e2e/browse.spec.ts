import { expect, expectNoAxeViolations, test, openHeaderMenu } from "./fixtures";

test.describe("home → city → offer", () => {
  test("works in German, with contact details, and passes axe on every page", async ({ page, seeded }) => {
    await page.goto("/de");
    await expect(page).toHaveTitle(/Seniorenwegweiser/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote für ältere Menschen in Ihrer Stadt");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: new RegExp(seeded.cityName) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.cityName);
    await expect(page.getByText("1 Angebot", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: seeded.offerName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.offerName);
    await expect(page.getByRole("link", { name: "0211 123456" }).first()).toHaveAttribute("href", "tel:+49211123456");
    await expect(page.getByText(seeded.contactName)).toBeVisible();
    await expect(page.getByRole("link", { name: "erika@example.org" })).toHaveAttribute("href", "mailto:erika@example.org");
    await expect(page.getByRole("link", { name: "Adresse auf OpenStreetMap ansehen" })).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/search\?query=Teststra%C3%9Fe%201/,
    );
    await expect(page.getByText("Dienstag: 10:00 bis 16:00 Uhr")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("works in English with the German content marked as German", async ({ page, seeded }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Services for older people in your city");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: new RegExp(seeded.cityName) }).click();
    await expect(page).toHaveURL(new RegExp(`/en/staedte/${seeded.citySlug}$`));
    await expect(page.getByRole("heading", { name: `Services in ${seeded.cityName}` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: seeded.offerName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: "Opening hours" })).toBeVisible();
    await expect(page.getByText("Tuesday: 10:00 to 16:00")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("shows a real seeded offer with the contact printed in the source document", async ({ page }) => {
    await page.goto("/de/staedte/duesseldorf");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Düsseldorf");
    await expect(page.getByRole("heading", { name: "Stadtbezirke" })).toBeVisible();
    await page.getByRole("link", { name: "plus_lotsen" }).click();
    await expect(page.getByText("Heike Hirsch")).toBeVisible();
    await expect(page.getByRole("link", { name: "0211-89-93577" })).toHaveAttribute("href", "tel:+492118993577");
    // Cited by title, not by file name.
    await expect(page.getByText("Quelle: Städteprofile: Seniorenarbeit in 14 Großstädten")).toBeVisible();
  });

  test("switches language on the same page", async ({ page, seeded }) => {
    await page.goto(`/de/staedte/${seeded.citySlug}`);
    await openHeaderMenu(page, "language");
    await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/staedte/${seeded.citySlug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("answers unknown pages with a friendly 404", async ({ page }) => {
    const response = await page.goto("/de/angebote/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });

  test("redirects / to the default locale", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
  });

  test("works without JavaScript", async ({ browser, seeded }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/de");
    await page.getByRole("link", { name: new RegExp(seeded.cityName) }).click();
    await page.getByRole("link", { name: seeded.offerName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.offerName);
    await context.close();
  });
});
