import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsAsSeenBy, expectReadingHelp, openHeaderMenu, test } from "./fixtures";

async function bodyFontSize(page: Page): Promise<string> {
  return page.locator("body").evaluate((el) => getComputedStyle(el).fontSize);
}

test.describe("reading help", () => {
  test("text size and high contrast persist across pages without JavaScript and pass axe", async ({ browser, seeded }) => {
    // Four pages, three axe runs at the largest size: longer than the default timeout under load.
    test.slow();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/de");
    await openHeaderMenu(page, "reading");
    await expect(page.getByRole("button", { name: "Normal" })).toHaveAttribute("aria-pressed", "true");
    expect(await bodyFontSize(page)).toBe("18px");
    const box = await page.getByRole("button", { name: "Groß", exact: true }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);

    await page.getByRole("button", { name: "Sehr groß" }).click();
    await expect(page).toHaveURL(/\/de$/);
    await expectReadingHelp(page, { textSize: "sehr-gross" });
    await openHeaderMenu(page, "reading");
    await expect(page.getByRole("button", { name: "Sehr groß" })).toHaveAttribute("aria-pressed", "true");
    expect(await bodyFontSize(page)).toBe("24px");

    await page.getByRole("button", { name: "Hoher Kontrast" }).click();
    await expectReadingHelp(page, { contrast: "hoch" });
    await openHeaderMenu(page, "reading");
    await expect(page.getByRole("button", { name: "Hoher Kontrast" })).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolationsAsSeenBy(browser, page);

    await page.getByRole("link", { name: new RegExp(seeded.cityName) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.cityName);
    await expectReadingHelp(page, { textSize: "sehr-gross", contrast: "hoch" });
    expect(await bodyFontSize(page)).toBe("24px");
    await expectNoAxeViolationsAsSeenBy(browser, page);

    await page.getByRole("link", { name: seeded.offerName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.offerName);
    await expectReadingHelp(page, { textSize: "sehr-gross", contrast: "hoch" });
    const addButton = page.getByRole("button", { name: `Auf die Merkliste: ${seeded.offerName}` });
    expect((await addButton.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolationsAsSeenBy(browser, page);

    // Back to normal from the offer page: the reader stays where they were.
    await openHeaderMenu(page, "reading");
    await page.getByRole("button", { name: "Normal" }).click();
    // The page after the post shows each button in all its states until the reader's
    // stylesheet has arrived: a click before it may pick the variant that is then hidden.
    await expectReadingHelp(page, { textSize: "normal", contrast: "hoch" });
    await openHeaderMenu(page, "reading");
    await page.getByRole("button", { name: "Hoher Kontrast" }).click();
    await expect(page).toHaveURL(new RegExp(`/de/angebote/${seeded.offerSlug}$`));
    await expectReadingHelp(page, { textSize: "normal", contrast: "normal" });
    expect(await bodyFontSize(page)).toBe("18px");
    await context.close();
  });

  test("ignores unknown values, part by part", async ({ page, baseURL }) => {
    const response = await page.request.post("/de/lesehilfe", { form: { groesse: "riesig" }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("lesehilfe=");

    await page.context().addCookies([{ name: "lesehilfe", value: "riesig.hoch", url: baseURL! }]);
    await page.goto("/de");
    await expectReadingHelp(page, { textSize: "normal", contrast: "hoch" });
  });
});

test.describe("search engines and sharing", () => {
  test("sitemap.xml lists home, city and offer pages in every language", async ({ request, seeded, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    for (const locale of ["de", "en"]) {
      expect(xml).toContain(`<loc>${baseURL}/${locale}</loc>`);
      expect(xml).toContain(`<loc>${baseURL}/${locale}/staedte/${seeded.citySlug}</loc>`);
      expect(xml).toContain(`<loc>${baseURL}/${locale}/angebote/${seeded.offerSlug}</loc>`);
    }
    expect(xml).toContain(`<loc>${baseURL}/de/staedte/duesseldorf/stadtbezirk-1</loc>`);
    expect(xml).toContain(`hreflang="en" href="${baseURL}/en/angebote/${seeded.offerSlug}"`);
    expect(xml).not.toContain("merkliste");
  });

  test("robots.txt allows the site, keeps personal lists out and names the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain("Allow: /");
    expect(text).toContain("Disallow: /api/");
    expect(text).toContain("Disallow: /*/merkliste");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("pages name their canonical URL, language versions, title and description", async ({ page, seeded, baseURL }) => {
    await page.goto("/en");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en`);
    await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute("href", `${baseURL}/de`);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${baseURL}/de`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /./);

    await page.goto(`/de/staedte/${seeded.citySlug}`);
    await expect(page).toHaveTitle(`${seeded.cityName} – Seniorenwegweiser`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/de/staedte/${seeded.citySlug}`);

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/de/angebote/${seeded.offerSlug}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Offener Treff mit Mittagstisch.");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      `${baseURL}/en/angebote/${seeded.offerSlug}`,
    );

    await page.goto("/de/merkliste");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});
