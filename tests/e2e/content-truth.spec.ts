import { expect, expectNoAxeViolations, test } from "./fixtures";

// Runs against the seeded documents' data: a project the document dates as over
// must not be offered as help today.
test.describe("ended projects", () => {
  test("keep their page with a clear notice but leave the city list and the default search", async ({ page }) => {
    await page.goto("/de/angebote/steinheim-geist-gemeinsam-in-steinheim");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GeiSt – Gemeinsam in Steinheim");
    await expect(page.getByRole("note").filter({ hasText: "Dieses Projekt ist beendet (bis August 2017)." })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/en/angebote/rostock-kommune-inklusiv");
    await expect(page.getByRole("note").filter({ hasText: "This project has ended (until June 30, 2023)." })).toBeVisible();

    await page.goto("/de/staedte/duesseldorf");
    await expect(page.getByRole("link", { name: "Seniorenberatung" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Vernetzungstreffen" })).toHaveCount(0);

    await page.goto(`/de/angebote?q=${encodeURIComponent("Vernetzungstreffen Einsamkeit")}&stadt=duesseldorf`);
    await expect(page.getByRole("link", { name: "Vernetzungstreffen" })).toHaveCount(0);
  });
});

test.describe("phone numbers", () => {
  test("dial internationally, also the hotline printed without area code", async ({ page }) => {
    await page.goto("/de/angebote/duesseldorf-seniorenberatung");
    await expect(page.getByRole("link", { name: "899 899 9" }).first()).toHaveAttribute("href", /^tel:\+49/);
  });
});
