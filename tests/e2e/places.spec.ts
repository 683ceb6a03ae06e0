import { expect, expectNoAxeViolations, test } from "./fixtures";

// Runs against the seeded documents' data and the official Stadtteile
// (prisma/seed-data/stadtteile): nobody in Bilk knows that Stadtbezirk 3 is theirs.
test.describe("Stadtteile", () => {
  test("district tiles and district pages name their Stadtteile", async ({ page }) => {
    await page.goto("/de/staedte/duesseldorf");
    const districts = page.getByRole("navigation", { name: "Stadtbezirke" });
    await expect(districts.getByRole("link", { name: /^Stadtbezirk 3 Bilk, Flehe/ })).toBeVisible();
    await districts.getByRole("link", { name: /^Stadtbezirk 3 / }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadtbezirk 3 in Düsseldorf");
    await expect(page.getByText("Dazu gehören: Bilk, Flehe, Friedrichstadt")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a search for a Stadtteil finds its district's offers and says where it is", async ({ page }) => {
    await page.goto("/de/angebote?q=Bilk");
    await expect(page.getByText("„Bilk“ gehört zu Stadtbezirk 3 in Düsseldorf.", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Stadtbezirk: Stadtbezirk 3 – entfernen" })).toBeVisible();
    const results = page.getByRole("region", { name: "Ergebnisse" });
    await expect(results.getByRole("link", { name: "Seniorenberatung" })).toBeVisible();
    await expect(results.getByRole("link", { name: /Essen|Köln/ })).toHaveCount(0);
    await page.getByRole("link", { name: "Seite für Stadtbezirk 3 (Düsseldorf) öffnen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadtbezirk 3 in Düsseldorf");
  });

  test("the district filter lists districts in the city's order, 1 to 10", async ({ page }) => {
    await page.goto("/de/angebote?stadt=duesseldorf");
    const districts = page.getByRole("group", { name: "Stadtbezirk" }).getByRole("checkbox");
    const values = await districts.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(values.slice(0, 3)).toEqual(["stadtbezirk-1", "stadtbezirk-2", "stadtbezirk-3"]);
    expect(values.at(-1)).toBe("stadtbezirk-10");
  });

  test("a Stadtteil found in several cities is offered as a choice", async ({ page }) => {
    await page.goto("/de/angebote?q=Altstadt");
    await expect(page.getByText("„Altstadt“ gibt es an mehreren Orten. Welchen meinen Sie?")).toBeVisible();
    await page.getByRole("link", { name: "Stadtbezirk 1 in Düsseldorf" }).click();
    await expect(page.getByRole("link", { name: "Stadtbezirk: Stadtbezirk 1 – entfernen" })).toBeVisible();
  });

  test("Frankfurt's Ortsbezirke and Rostock's Ortsbeiratsbereiche are called what they are", async ({ page }) => {
    await page.goto("/de/staedte/frankfurt");
    await expect(page.getByRole("heading", { name: "Ortsbezirke", level: 2 })).toBeVisible();
    await page.goto("/de/staedte/rostock");
    await expect(page.getByRole("heading", { name: "Ortsbeiratsbereiche", level: 2 })).toBeVisible();
    await page.goto("/en/staedte/rostock");
    await expect(page.getByRole("heading", { name: "Local council areas (Ortsbeiratsbereiche)", level: 2 })).toBeVisible();
  });
});

test.describe("first contact", () => {
  test("the city page, the home page and an empty search say whom to call first, with a dialable number", async ({ page }) => {
    await page.goto("/de/staedte/duesseldorf");
    const box = page.getByRole("region", { name: "Erste Anlaufstelle in Düsseldorf" });
    await expect(box.getByRole("link", { name: "Seniorenberatung", exact: true })).toBeVisible();
    await expect(box.getByRole("link", { name: "899 899 9" })).toHaveAttribute("href", "tel:+492118998999");

    await page.goto("/de");
    const all = page.getByRole("region", { name: "Wen rufe ich zuerst an?" });
    await expect(all.getByRole("link", { name: "Seniorentelefon" })).toBeVisible();
    await expect(all.getByRole("link", { name: "899 899 9" })).toHaveAttribute("href", "tel:+492118998999");

    await page.goto("/de/angebote?q=xyzzyqq&stadt=duesseldorf");
    await expect(
      page.getByRole("region", { name: "Erste Anlaufstelle in Düsseldorf" }).getByRole("link", { name: "899 899 9" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("offer cards dial the stored E.164 form too", async ({ page }) => {
    await page.goto("/de/staedte/duesseldorf/stadtbezirk-3");
    await expect(page.getByRole("link", { name: "899 899 9" }).first()).toHaveAttribute("href", "tel:+492118998999");
  });
});
