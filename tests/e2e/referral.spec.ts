import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNoAxeViolationsAsSeenBy, expectReadingHelp, test, openHeaderMenu } from "./fixtures";

// A real seeded offer (source document 001) next to each test's own offer.
const lotsen = { slug: "duesseldorf-plus-lotsen", name: "plus_lotsen", contact: "Heike Hirsch" };

async function newNoJsPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  return context.newPage();
}

async function countPdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4" });
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe("Merkliste (referral sheet)", () => {
  test("adds offers from a list and a detail page without JavaScript, shows, prints and removes them", async ({ browser, seeded }) => {
    const page = await newNoJsPage(browser);
    await page.goto(`/de/staedte/${seeded.citySlug}`);
    await expect(page.getByRole("link", { name: "Merkliste (leer)" })).toBeVisible();
    await page.getByRole("button", { name: `Auf die Merkliste: ${seeded.offerName}` }).click();
    await expect(page).toHaveURL(new RegExp(`/de/staedte/${seeded.citySlug}#merkliste-${seeded.offerSlug}$`));
    await expect(page.getByRole("button", { name: `Von der Merkliste nehmen: ${seeded.offerName}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Merkliste (1 Angebot)" })).toBeVisible();

    await page.goto(`/de/angebote/${lotsen.slug}`);
    await page.getByRole("button", { name: `Auf die Merkliste: ${lotsen.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/de/angebote/${lotsen.slug}#merkliste-${lotsen.slug}$`));
    await expect(page.getByRole("button", { name: `Von der Merkliste nehmen: ${lotsen.name}` })).toBeVisible();

    await page.getByRole("link", { name: "Merkliste (2 Angebote)" }).click();
    await expect(page).toHaveTitle("Merkliste – Seniorenwegweiser");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merkliste");
    await expect(page.getByText("2 Angebote", { exact: true })).toBeVisible();
    const sheet = page.getByRole("main");
    await expect(sheet.getByRole("heading", { level: 2, name: seeded.offerName })).toBeVisible();
    await expect(sheet.getByRole("heading", { level: 2, name: lotsen.name })).toBeVisible();
    await expect(sheet.getByText("Teststraße 1, 40210")).toBeVisible();
    await expect(sheet.getByRole("link", { name: "0211 123456" })).toHaveAttribute("href", "tel:+49211123456");
    await expect(sheet.getByText(seeded.contactName)).toBeVisible();
    await expect(sheet.getByRole("link", { name: "erika@example.org" })).toHaveAttribute("href", "mailto:erika@example.org");
    await expect(sheet.getByText("Dienstag 10:00 bis 16:00 Uhr")).toBeVisible();
    await expect(sheet.getByText(lotsen.contact)).toBeVisible();
    await expect(sheet.getByText(/Druckfunktion Ihres Browsers/)).toBeVisible();
    await expectNoAxeViolationsAsSeenBy(browser, page);

    const removeButtons = page.getByRole("button", { name: /^Von der Merkliste nehmen/ });
    await expect(removeButtons).toHaveCount(2);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: "Sehr groß" })).toBeHidden();
    await expect(removeButtons).toHaveCount(0);
    await expect(sheet.getByRole("heading", { level: 2, name: seeded.offerName })).toBeVisible();
    await expect(sheet.getByRole("heading", { level: 2, name: lotsen.name })).toBeVisible();
    await expect(sheet.getByText(seeded.contactName)).toBeVisible();
    await expect(sheet.getByText(/^Online: http/)).toBeVisible();
    expect(await countPdfPages(page)).toBe(1);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: `Von der Merkliste nehmen: ${lotsen.name}` }).click();
    await expect(page).toHaveURL(/\/de\/merkliste(#.*)?$/);
    await expect(sheet.getByRole("heading", { level: 2, name: lotsen.name })).toHaveCount(0);
    await expect(sheet.getByRole("heading", { level: 2, name: seeded.offerName })).toBeVisible();
    await expect(page.getByRole("link", { name: "Merkliste (1 Angebot)" })).toBeVisible();

    await page.getByRole("button", { name: "Merkliste leeren" }).click();
    await expect(page.getByText(/Ihre Merkliste ist leer/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Merkliste (leer)" })).toBeVisible();
    await page.context().close();
  });

  test("the share link shows the same sheet on another device, which can adopt it", async ({ browser, seeded, baseURL }) => {
    const page = await newNoJsPage(browser);
    await page.context().addCookies([{ name: "merkliste", value: `${lotsen.slug}.${seeded.offerSlug}`, url: baseURL! }]);
    await page.goto("/de/merkliste");
    const shareLink = page.getByRole("link", { name: /\/de\/merkliste\?angebote=/ });
    await expect(shareLink).toHaveText(`${baseURL}/de/merkliste?angebote=${lotsen.slug},${seeded.offerSlug}`);
    const shareUrl = (await shareLink.textContent())!;
    await page.context().close();

    const other = await newNoJsPage(browser);
    await other.goto(shareUrl);
    await expect(other.getByText("Diese Liste wurde Ihnen über einen Link geschickt.")).toBeVisible();
    // Same order as on the sender's sheet.
    await expect(other.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText(lotsen.name);
    await expect(other.getByRole("main").getByRole("heading", { level: 2, name: seeded.offerName })).toBeVisible();
    await expect(other.getByText(seeded.contactName)).toBeVisible();
    await expect(other.getByRole("link", { name: "Merkliste (leer)" })).toBeVisible();
    await expectNoAxeViolationsAsSeenBy(browser, other);

    await other.getByRole("button", { name: "Als meine Merkliste übernehmen" }).click();
    await expect(other).toHaveURL(/\/de\/merkliste$/);
    await expect(other.getByRole("link", { name: "Merkliste (2 Angebote)" })).toBeVisible();
    await expect(other.getByRole("button", { name: `Von der Merkliste nehmen: ${seeded.offerName}` })).toBeVisible();
    await other.context().close();
  });

  test("passes axe at the largest text size and in high contrast", async ({ browser, seeded, baseURL }) => {
    const page = await newNoJsPage(browser);
    await page.context().addCookies([{ name: "merkliste", value: `${seeded.offerSlug}.${lotsen.slug}`, url: baseURL! }]);
    await page.goto("/de/merkliste");
    await openHeaderMenu(page, "reading");
    await page.getByRole("button", { name: "Sehr groß" }).click();
    await openHeaderMenu(page, "reading");
    await page.getByRole("button", { name: "Hoher Kontrast" }).click();
    await expect(page).toHaveURL(/\/de\/merkliste$/);
    await expectReadingHelp(page, { textSize: "sehr-gross", contrast: "hoch" });
    await expect(page.getByRole("main").getByRole("heading", { level: 2, name: seeded.offerName })).toBeVisible();
    await expectNoAxeViolationsAsSeenBy(browser, page);
    await page.context().close();
  });

  test("answers an empty list, junk in the link and a forged return address calmly", async ({ page, seeded }) => {
    await page.goto("/de/merkliste");
    await expect(page.getByText(/Ihre Merkliste ist leer/)).toBeVisible();
    await expectNoAxeViolations(page);

    const response = await page.goto(`/de/merkliste?angebote=${encodeURIComponent("<script>alert(1)</script>,gibt-es-nicht")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Dieser Link enthält keine Angebote, die es im Seniorenwegweiser noch gibt.")).toBeVisible();

    const forged = await page.request.post("/de/merkliste/aendern", {
      form: { aktion: "hinzufuegen", angebot: seeded.offerSlug, zurueck: "//evil.example/x" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(303);
    expect(forged.headers()["location"]).toBe(`/de/merkliste#merkliste-${seeded.offerSlug}`);

    const junk = await page.request.post("/de/merkliste/aendern", { form: { aktion: "DROP TABLE" }, maxRedirects: 0 });
    expect(junk.status()).toBe(303);
    expect(junk.headers()["set-cookie"] ?? "").not.toContain("merkliste=");

    const crossSite = await page.request.post("/de/merkliste/aendern", {
      form: { aktion: "hinzufuegen", angebot: seeded.offerSlug },
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(303);
    expect(crossSite.headers()["set-cookie"] ?? "").not.toContain("merkliste=");
  });
});
