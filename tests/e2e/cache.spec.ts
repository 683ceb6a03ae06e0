import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expireCache, test } from "./fixtures";

/**
 * Renames the record behind the open page and checks that the reloaded page still shows the
 * cached heading. Another test running at the same time may expire the whole directory
 * meanwhile (every seed does); then the page shows the new name, and the check starts again
 * from that one, until a cached page older than the data is seen. Returns the latest name.
 */
async function expectStaleUntilExpired(page: Page, current: string, rename: (name: string) => Promise<void>): Promise<string> {
  let shown = current;
  let latest = current;
  await expect(async () => {
    latest = `${current} (neu ${randomBytes(2).toString("hex")})`;
    await rename(latest);
    await page.reload();
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    const previous = shown;
    shown = heading;
    expect(heading).toBe(previous);
  }).toPass({ timeout: 20_000 });
  return latest;
}

test("public pages come from the data cache and change when their tag is revalidated", async ({ page, db, seeded, baseURL }) => {
  await page.goto(`/de/staedte/${seeded.citySlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.cityName);

  // The page keeps its old text after the database changed; see expectStaleUntilExpired.
  const renamed = await expectStaleUntilExpired(page, seeded.cityName, async (name) => {
    await db.city.update({ where: { slug: seeded.citySlug }, data: { name } });
  });

  await expireCache(baseURL!, [`city:${seeded.citySlug}`]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
});

test("the revalidation endpoint refuses callers without the token", async ({ baseURL }) => {
  const response = await fetch(new URL("/api/revalidate", baseURL), { method: "POST", body: "{}" });
  expect(response.status).toBe(401);
});

test.describe("pages cached whole", () => {
  test("city, district, offer and search pages are served from the page cache, the same for every reader", async ({ request, seeded }) => {
    const paths = [
      `/de/staedte/${seeded.citySlug}`,
      `/de/angebote/${seeded.offerSlug}`,
      `/de/angebote?q=Treff&stadt=${seeded.citySlug}`,
      "/de/staedte/duesseldorf/stadtbezirk-1",
    ];
    for (const path of paths) {
      await expect(async () => {
        const response = await request.get(path);
        expect(response.status()).toBe(200);
        expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
      }, path).toPass({ timeout: 10_000 });
      // Reader settings and Merkliste must never end up in the shared HTML.
      const plain = await (await request.get(path)).text();
      const personal = await (
        await request.get(path, { headers: { cookie: `lesehilfe=sehr-gross.hoch; merkliste=${seeded.offerSlug}` } })
      ).text();
      expect(personal, path).toBe(plain);
    }
  });

  test("an offer page changes when its tag is expired, and a search when the directory is", async ({ page, db, seeded, baseURL }) => {
    const search = `/de/angebote?q=Treff&stadt=${seeded.citySlug}`;
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await page.goto(search);
    await expect(page.getByRole("heading", { level: 3, name: seeded.offerName })).toBeVisible();

    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    const renamed = await expectStaleUntilExpired(page, seeded.offerName, async (name) => {
      await db.offer.update({ where: { slug: seeded.offerSlug }, data: { name } });
    });

    await expireCache(baseURL!, [`offer:${seeded.offerSlug}`]);
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);

    await expireCache(baseURL!, ["directory"]);
    await page.goto(search);
    await expect(page.getByRole("heading", { level: 3, name: renamed })).toBeVisible();
  });

  test("the reader's stylesheet carries their settings and list, privately and revalidated", async ({ request, seeded }) => {
    const cookie = `lesehilfe=gross.hoch; merkliste=${seeded.offerSlug}`;
    const response = await request.get("/api/ansicht/de", { headers: { cookie } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/css");
    expect(response.headers()["cache-control"]).toBe("private, no-cache");
    const css = await response.text();
    expect(css).toContain(":root { font-size: 131.25%; }");
    expect(css).toContain("--color-accent: #ffff00;");
    expect(css).toContain(`#merkliste-${seeded.offerSlug} .referral-remove { display: inline-flex; }`);
    expect(css).toContain('content: "(1 Angebot)"');

    const again = await request.get("/api/ansicht/de", { headers: { cookie, "if-none-match": response.headers().etag! } });
    expect(again.status()).toBe(304);

    const english = await (await request.get("/api/ansicht/en", { headers: { cookie } })).text();
    expect(english).toContain('content: "(1 service)"');
    const junk = await (await request.get("/api/ansicht/de", { headers: { cookie: 'merkliste=a"b.}x{; lesehilfe=<b>' } })).text();
    expect(junk).not.toMatch(/["}{]b|<b>/);
    expect(junk).toContain(":root { font-size: 112.5%; }");
  });

  test("without JavaScript a cached list shows the reader's own Merkliste state", async ({ browser, seeded, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`/de/staedte/${seeded.citySlug}`);
    await expect(page.getByRole("button", { name: `Auf die Merkliste: ${seeded.offerName}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Von der Merkliste nehmen: ${seeded.offerName}` })).toHaveCount(0);

    await context.addCookies([{ name: "merkliste", value: seeded.offerSlug, url: baseURL! }]);
    await page.reload();
    await expect(page.getByRole("button", { name: `Von der Merkliste nehmen: ${seeded.offerName}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Auf die Merkliste: ${seeded.offerName}` })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Merkliste (1 Angebot)" })).toBeVisible();

    // A full list: no "add" button anywhere, and the form says why.
    const others = Array.from({ length: 49 }, (_, i) => `anderes-angebot-${i}`);
    await context.addCookies([{ name: "merkliste", value: [seeded.offerSlug, ...others].join("."), url: baseURL! }]);
    await page.reload();
    await expect(page.getByRole("link", { name: "Merkliste (50 Angebote)" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Auf die Merkliste/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Von der Merkliste nehmen: ${seeded.offerName}` })).toBeVisible();
    await page.goto("/de/staedte/duesseldorf");
    const note = await page
      .locator("form.referral-toggle")
      .first()
      .evaluate((form) => getComputedStyle(form, "::after").content);
    expect(note).toBe('"Die Merkliste ist voll (höchstens 50 Angebote)."');
    await context.close();
  });
});
