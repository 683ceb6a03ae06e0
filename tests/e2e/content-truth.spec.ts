import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

function seedTranslation(locale: string, city: string) {
  return JSON.parse(readFileSync(path.join(process.cwd(), "prisma/seed-data/translations", locale, `${city}.json`), "utf8"));
}

// How much of the main content is marked as German (lang="de"): names of places and
// Träger stay German on every page, the texts around them must not.
async function germanShare(page: Page): Promise<number> {
  return page.locator("main").evaluate((main: HTMLElement) => {
    const total = main.innerText.length;
    let german = 0;
    for (const el of main.querySelectorAll<HTMLElement>('[lang="de"]')) {
      if (!el.parentElement?.closest('[lang="de"]')) german += el.innerText.length;
    }
    return german / total;
  });
}

// Runs against the seeded documents' data: a project the document dates as over
// must not be offered as help today.
test.describe("ended projects", () => {
  test("keep their page with a clear notice but leave the city list and the default search", async ({ page }) => {
    await page.goto("/de/angebote/steinheim-geist-gemeinsam-in-steinheim");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GeiSt – Gemeinsam in Steinheim");
    await expect(page.getByRole("note").filter({ hasText: "Dieses Projekt ist beendet (bis August 2017)." })).toBeVisible();
    // Where to turn today instead: current offers of the same city, or a plain "none".
    await expect(page.getByRole("heading", { name: "Ähnliche Angebote heute" })).toBeVisible();
    await expect(page.getByText("In dieser Stadt ist kein ähnliches Angebot eingetragen.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/en/angebote/rostock-kommune-inklusiv");
    await expect(page.getByRole("note").filter({ hasText: "This project has ended (until June 30, 2023)." })).toBeVisible();
    await expect(
      page.getByText(seedTranslation("en", "rostock").offers["rostock-kommune-inklusiv"].summary, { exact: true }),
    ).toBeVisible();

    await page.goto("/de/angebote/duesseldorf-vernetzungstreffen-einsamkeit");
    const similar = page.getByRole("region", { name: "Ähnliche Angebote heute" });
    await expect(similar.getByRole("listitem")).toHaveCount(3);
    await expect(similar.getByRole("link", { name: "Vernetzungstreffen" })).toHaveCount(0);
    await similar.getByRole("link", { name: "Alle aktuellen Angebote in Düsseldorf" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Düsseldorf");

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

test.describe("places served", () => {
  test("a local offer without named districts says so instead of claiming the whole city", async ({ page }) => {
    await page.goto("/de/angebote/muenchen-avair");
    await expect(page.getByText("an einzelnen Orten der Stadt")).toBeVisible();
    await expect(page.getByText("ganze Stadt", { exact: true })).toHaveCount(0);
    await page.goto("/uk/angebote/muenchen-avair");
    await expect(page.getByText("в окремих місцях міста")).toBeVisible();
  });
});

test.describe("translated content", () => {
  for (const locale of ["en", "tr", "ar", "ru", "pl", "uk", "de-x-ls"]) {
    test(`/${locale} shows offer descriptions and city texts in ${locale}, marked as machine-made`, async ({ page }) => {
      const file = seedTranslation(locale, "duesseldorf");
      const offer = file.offers["duesseldorf-seniorenberatung"];
      await page.goto(`/${locale}/angebote/duesseldorf-seniorenberatung`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(offer.summary, { exact: true })).toBeVisible();
      await expect(page.getByText(offer.description.split("\n")[0]!, { exact: false }).first()).toBeVisible();
      const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
      await expect(page.getByText(messages.Content.unreviewed, { exact: false }).first()).toBeVisible();
      expect(await germanShare(page)).toBeLessThan(0.35);
      await page.goto(`/${locale}/staedte/duesseldorf`);
      await expect(page.getByText(file.cityTexts.steering.split("\n")[0]!, { exact: false }).first()).toBeAttached();
      await expect(page.getByText(file.cityTexts.cooperation.at(-1)!, { exact: true })).toBeAttached();
      expect(await germanShare(page)).toBeLessThan(0.35);
    });
  }
});
