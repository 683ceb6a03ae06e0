import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import type { Browser, Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/database/client";
import type { DatabaseClient } from "@/lib/database/client";
import { e2eDatabaseUrl, e2eRevalidateToken } from "./database";

export type SeededOffer = { citySlug: string; cityName: string; offerSlug: string; offerName: string; contactName: string };

// Each test gets its own city with one published offer, removed afterwards, so
// tests never depend on each other or on the order they run in.
export const test = base.extend<{ db: DatabaseClient; seeded: SeededOffer }>({
  db: async ({}, provide) => {
    const db = createPrismaClient(e2eDatabaseUrl);
    await provide(db);
    await db.$disconnect();
  },
  seeded: async ({ db, baseURL }, provide) => {
    const tag = randomBytes(3).toString("hex");
    const type = await db.offerType.findUniqueOrThrow({ where: { slug: "begegnungsstaette" }, select: { id: true } });
    const feld = await db.handlungsfeld.findUniqueOrThrow({ where: { slug: "begegnung-inklusion" }, select: { id: true } });
    const city = await db.city.create({
      data: { slug: `prueftal-${tag}`, name: `Prüftal ${tag}`, bundesland: "Nordrhein-Westfalen", goals: "Teilhabe für alle." },
    });
    const offer = await db.offer.create({
      data: {
        slug: `prueftal-treff-${tag}`,
        name: `Begegnungsstätte Prüftal ${tag}`,
        summary: "Offener Treff mit Mittagstisch.",
        description: "Ein Testeintrag, den nur dieser Test anlegt.",
        typeId: type.id,
        cityId: city.id,
        servesWholeCity: true,
        street: "Teststraße 1",
        postcode: "40210",
        locality: `Prüftal ${tag}`,
        phone: "0211 123456",
        status: "PUBLISHED",
        sourceDocument: "Testdaten",
        handlungsfelder: { create: { handlungsfeldId: feld.id } },
        contacts: { create: { name: "Erika Prüf", phone: "0211 654321", email: "erika@example.org" } },
        openingHours: { create: [{ weekday: 2, opens: "10:00", closes: "16:00" }] },
      },
    });
    await expireCache(baseURL!);
    // A home-page render that started before this seed can still store the old list
    // after the expiry (two workers run at once); expire again until the city shows.
    await expect(async () => {
      const html = await (await fetch(new URL("/de", baseURL!))).text();
      if (!html.includes(city.name)) await expireCache(baseURL!);
      expect(html).toContain(city.name);
    }).toPass({ timeout: 15_000 });
    await provide({ citySlug: city.slug, cityName: city.name, offerSlug: offer.slug, offerName: offer.name, contactName: "Erika Prüf" });
    await db.offer.delete({ where: { id: offer.id } });
    await db.city.delete({ where: { id: city.id } });
  },
});

// Public pages are served from Next's data cache; data a test writes straight
// into the database shows only after the cache is expired, as the admin area does.
export async function expireCache(baseURL: string, tags: string[] = ["directory"]) {
  const response = await fetch(new URL("/api/revalidate", baseURL), {
    method: "POST",
    headers: { authorization: `Bearer ${e2eRevalidateToken}`, "content-type": "application/json" },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

export async function expectNoAxeViolations(page: Page) {
  // Next streams metadata: after a client-side navigation the <title> can arrive a
  // moment after the content. Check the page as a reader gets it, title included.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// axe runs inside the page, which a JavaScript-disabled context does not allow:
// check the same URL with the same cookies (e.g. reading help) in a normal context.
export async function expectNoAxeViolationsAsSeenBy(browser: Browser, seen: Page) {
  const context = await browser.newContext({ locale: "de-DE" });
  await context.addCookies(await seen.context().cookies());
  const page = await context.newPage();
  await page.goto(seen.url());
  await expectNoAxeViolations(page);
  await context.close();
}

export { expect };

// The reader's text size and contrast reach cached pages as a stylesheet of their own
// (app/api/ansicht), so a test checks what the browser computed, not an attribute.
const textSizeOfRootFontSize: Record<string, string> = { "18px": "normal", "21px": "gross", "24px": "sehr-gross" };

export async function expectReadingHelp(page: Page, expected: { textSize?: string; contrast?: "normal" | "hoch" }) {
  await expect(async () => {
    const seen = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { fontSize: style.fontSize, accent: style.getPropertyValue("--color-accent").trim().toLowerCase() };
    });
    if (expected.textSize !== undefined) expect(textSizeOfRootFontSize[seen.fontSize]).toBe(expected.textSize);
    if (expected.contrast !== undefined) expect(seen.accent === "#ffff00" ? "hoch" : "normal").toBe(expected.contrast);
  }).toPass({ timeout: 5_000 });
}

/**
 * Opens the header's language menu or its reading help (each a <details>, so it works
 * without JavaScript), as a reader would: by its summary. Every page load closes it again.
 */
export async function openHeaderMenu(page: Page, menu: "language" | "reading") {
  const details = page
    .getByRole("banner")
    .locator("details")
    .filter({ has: page.locator(menu === "language" ? "nav" : "form") });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
}
