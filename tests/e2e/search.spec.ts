import type { DatabaseClient } from "@/lib/database/client";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { SeededOffer } from "./fixtures";

// Two more offers in the test's own city: a free Seniorenbüro and a free Begegnungsstätte.
// The fixture's own offer is a Begegnungsstätte with no cost information.
async function addOffers(db: DatabaseClient, seeded: SeededOffer) {
  const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
  const types = await db.offerType.findMany({
    where: { slug: { in: ["seniorenbuero", "begegnungsstaette"] } },
    select: { id: true, slug: true },
  });
  const typeId = (slug: string) => types.find((t) => t.slug === slug)!.id;
  const base = { cityId: city.id, status: "PUBLISHED" as const, description: "Ein Testeintrag.", freeOfCharge: true };
  const created = [
    await db.offer.create({
      data: {
        ...base,
        slug: `${seeded.offerSlug}-buero`,
        name: "Seniorenbüro Testviertel",
        summary: "Beratung.",
        typeId: typeId("seniorenbuero"),
      },
    }),
    await db.offer.create({
      data: {
        ...base,
        slug: `${seeded.offerSlug}-cafe`,
        name: "Erzählcafé Testviertel",
        summary: "Kaffee und Kuchen.",
        typeId: typeId("begegnungsstaette"),
      },
    }),
  ];
  return () => db.offer.deleteMany({ where: { id: { in: created.map((o) => o.id) } } });
}

const tagOf = (seeded: SeededOffer) => seeded.offerName.split(" ").at(-1)!;

test.describe("search", () => {
  test("finds the right offer for a typo'd term from the header search box", async ({ page, seeded }) => {
    await page.goto("/de");
    const box = page.getByRole("search", { name: "Angebote durchsuchen" });
    await box.getByRole("searchbox").fill(`Begegnugsstatte ${tagOf(seeded)}`);
    await box.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/de\/angebote\?q=Begegnugsstatte/);
    await expect(page.getByText(`1 Angebot zu „Begegnugsstatte ${tagOf(seeded)}“ gefunden.`)).toBeVisible();
    const results = page.getByRole("region", { name: "Ergebnisse" });
    await expect(results.getByRole("heading", { level: 3 })).toHaveText([seeded.offerName]);
    await expect(results.getByText(`${seeded.cityName}, ganze Stadt`)).toBeVisible();
    await expect(results.getByRole("link", { name: "0211 123456" })).toHaveAttribute("href", "tel:+49211123456");
    // Social workers collect offers straight from the result list.
    await results.getByRole("button", { name: `Auf die Merkliste: ${seeded.offerName}` }).click();
    await expect(page.getByRole("link", { name: /Merkliste.*1 Angebot/ })).toBeVisible();
    await expect(page).toHaveURL(/\/de\/angebote\?q=Begegnugsstatte/);
    await results.getByRole("link", { name: seeded.offerName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.offerName);
  });

  test("finds seeded Seniorenbüros despite a typo", async ({ page }) => {
    await page.goto(`/de/angebote?q=${encodeURIComponent("Senoirenbüro")}`);
    const results = page.getByRole("region", { name: "Ergebnisse" });
    await expect(results.getByRole("link", { name: "Seniorenbüro", exact: true })).toBeVisible();
    await expect(results.getByRole("link", { name: "Seniorenbüros", exact: true })).toBeVisible();
  });

  test("combines filters with AND, shows the right counts and removes filters one by one", async ({ page, db, seeded }) => {
    const cleanUp = await addOffers(db, seeded);
    try {
      await page.goto(`/de/angebote?stadt=${seeded.citySlug}`);
      await expect(page.getByText("3 Angebote gefunden.")).toBeVisible();
      const filters = page.getByRole("form", { name: "Treffer eingrenzen" });
      await expect(filters.getByRole("combobox", { name: "Stadt" })).toHaveValue(seeded.citySlug);
      await expect(filters.getByRole("checkbox", { name: "Begegnungsstätte / Begegnungszentrum (2 Treffer)" })).not.toBeChecked();
      await expect(filters.getByRole("checkbox", { name: "Seniorenbüro (1 Treffer)" })).not.toBeChecked();
      await expect(filters.getByRole("checkbox", { name: "nur kostenlose Angebote (2 Treffer)" })).not.toBeChecked();

      await filters.getByRole("checkbox", { name: /^Begegnungsstätte/ }).check();
      await filters.getByRole("checkbox", { name: /^nur kostenlose/ }).check();
      await filters.getByRole("button", { name: "Filter anwenden" }).click();

      await expect(page).toHaveURL(/art=begegnungsstaette/);
      await expect(page).toHaveURL(/kostenlos=1/);
      await expect(page.getByText("1 Angebot gefunden.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Ergebnisse" }).getByRole("heading", { level: 3 })).toHaveText([
        "Erzählcafé Testviertel",
      ]);
      // Each count applies every other filter: types among free offers, free offers among Begegnungsstätten.
      await expect(filters.getByRole("checkbox", { name: "Begegnungsstätte / Begegnungszentrum (1 Treffer)" })).toBeChecked();
      await expect(filters.getByRole("checkbox", { name: "Seniorenbüro (1 Treffer)" })).not.toBeChecked();
      await expect(filters.getByRole("checkbox", { name: "nur kostenlose Angebote (1 Treffer)" })).toBeChecked();
      await expectNoAxeViolations(page);

      const active = page.getByRole("region", { name: "Aktive Filter" });
      await active.getByRole("link", { name: "Kosten: nur kostenlose Angebote – entfernen" }).click();
      await expect(page).not.toHaveURL(/kostenlos/);
      await expect(page.getByText("2 Angebote gefunden.")).toBeVisible();
      await page.goBack();
      await expect(page.getByText("1 Angebot gefunden.")).toBeVisible();
    } finally {
      await cleanUp();
    }
  });

  test("suggests what to loosen when nothing matches", async ({ page, seeded }) => {
    await page.goto(`/de/angebote?q=${tagOf(seeded)}&stadt=${seeded.citySlug}&art=seniorenbuero`);
    await expect(page.getByText(`Keine Angebote zu „${tagOf(seeded)}“ gefunden.`)).toBeVisible();
    const help = page.getByRole("region", { name: "So finden Sie mehr" });
    await help.getByRole("link", { name: "Ohne den Filter „Art des Angebots: Seniorenbüro“ suchen" }).click();
    await expect(page.getByText(`1 Angebot zu „${tagOf(seeded)}“ gefunden.`)).toBeVisible();
  });

  test("answers junk, overlong queries and pages out of range with a normal page", async ({ page }) => {
    const junk = `<script>alert(1)</script>' OR 1=1 -- ${"x".repeat(300)}`;
    const response = await page.goto(`/de/angebote?q=${encodeURIComponent(junk)}&art=%3Cb%3E&gruppe=gibt-es-nicht&seite=999`);
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("region", { name: "Hinweise zu Ihrer Suche" });
    await expect(notices.getByText("Ihr Suchbegriff war sehr lang. Wir haben nur die ersten 200 Zeichen verwendet.")).toBeVisible();
    await expect(
      notices.getByText("Die Angabe „<b>“ bei „Art des Angebots“ verstehen wir nicht. Sie wurde nicht berücksichtigt."),
    ).toBeVisible();
    await expect(
      notices.getByText("„gibt-es-nicht“ gibt es bei „Besonders für“ nicht (mehr). Dieser Filter wurde nicht berücksichtigt."),
    ).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Suchbegriff" })).toHaveValue(/^<script>alert\(1\)<\/script>/);
    await expectNoAxeViolations(page);

    await page.goto("/de/angebote?seite=999");
    await expect(
      page.getByText(/^Seite 999 gibt es für diese Suche nicht\. Wir zeigen Ihnen die letzte Seite, Seite \d+\.$/),
    ).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Seiten" }).locator('a[aria-current="page"]')).toBeVisible();
  });

  test("works without JavaScript: search, filter, paginate", async ({ browser, seeded }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    try {
      await page.goto("/de");
      const box = page.getByRole("search", { name: /Wonach suchen Sie/ });
      await box.getByRole("searchbox").fill(`Prüftal ${tagOf(seeded)}`);
      await box.getByRole("button", { name: "Suchen" }).click();
      await expect(page.getByRole("region", { name: "Ergebnisse" }).getByRole("heading", { level: 3 })).toHaveText([seeded.offerName]);

      await page.getByRole("checkbox", { name: /^jetzt geöffnet/ }).check();
      await page.getByRole("button", { name: "Filter anwenden" }).click();
      await expect(page).toHaveURL(/offen=1/);
      await expect(page).toHaveURL(new RegExp(`q=Pr%C3%BCftal\\+${tagOf(seeded)}`));
      await expect(
        page.getByRole("region", { name: "Aktive Filter" }).getByRole("link", { name: "Öffnungszeiten: jetzt geöffnet – entfernen" }),
      ).toBeVisible();

      await page.goto("/de/angebote");
      await expect(page.getByText("Seite 1 von", { exact: false })).toBeVisible();
      await page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: "Nächste Seite" }).click();
      await expect(page).toHaveURL(/seite=2/);
      await expect(page.getByText("Seite 2 von", { exact: false })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("works in English and passes axe", async ({ page, seeded }) => {
    await page.goto(`/en/angebote?stadt=${seeded.citySlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search services");
    await expect(page.getByText("1 service found.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 })).toHaveAttribute("lang", "de");
    await expectNoAxeViolations(page);
  });
});
