import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { DatabaseClient } from "@/lib/database/client";
import { localeInfo } from "@/lib/i18n/locale-info";
import { routing } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/i18n/routing";
import { expect, expectNoAxeViolations, expireCache, test, openHeaderMenu } from "./fixtures";
import type { SeededOffer } from "./fixtures";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const loadMessages = (locale: Locale) =>
  flatten(JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree);
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const german = loadMessages("de");

/**
 * The German UI strings a page in `locale` must not show: every German message longer
 * than 12 characters, without placeholders or markup, that the locale translates differently
 * and does not itself contain.
 */
function germanUiStrings(locale: Locale): string[] {
  const own = loadMessages(locale);
  const ownValues = Object.values(own);
  return (
    Object.entries(german)
      .filter(([key, value]) => own[key] !== value && value.length > 12 && !/[{}<]/.test(value))
      // A German name the locale itself keeps (the site's name "Seniorenwegweiser") is no leftover.
      .filter(([, value]) => !ownValues.some((v) => v.includes(value)))
      .map(([, value]) => normalise(value))
  );
}

// Text and accessible names on the page in the page's own language.
async function collectUiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Text in another language than the page's (German fallback content, the language
    // switcher's own names) is not UI text of this locale.
    const isGermanContent = (el: Element) => el.closest("[lang]")?.getAttribute("lang") !== document.documentElement.lang;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template") || isGermanContent(parent)) continue;
      texts.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (isGermanContent(el)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) texts.push(el.getAttribute(name) ?? "");
    }
    return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
  });
}

async function expectNoGermanUi(page: Page, locale: Locale) {
  if (locale === "de") return;
  const forbidden = germanUiStrings(locale);
  const texts = await collectUiText(page);
  const found = forbidden.filter((g) => texts.some((t) => t.includes(g)));
  expect(found, `German UI strings on ${page.url()}`).toEqual([]);
}

async function expectLangAndDir(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", localeInfo[locale].dir);
}

// Each locale's machine translation of the fixture's summary ("Offener Treff mit Mittagstisch.").
const summaries: Record<Exclude<Locale, "de">, string> = {
  en: "Open meeting place with lunch.",
  tr: "Öğle yemeği sunan açık buluşma yeri.",
  ar: "مكان لقاء مفتوح مع وجبة غداء.",
  ru: "Открытое место встреч с обедом.",
  pl: "Otwarte miejsce spotkań z obiadem.",
  uk: "Відкрите місце зустрічей з обідом.",
  "de-x-ls": "Das ist ein Treff.\nHier können Sie zu Mittag essen.",
};

// A district for the fixture's city, and the fixture's offer translated into `locale`.
async function addDistrictAndTranslation(db: DatabaseClient, seeded: SeededOffer, locale: Locale, baseURL: string) {
  const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
  await db.district.create({ data: { cityId: city.id, slug: "mitte", name: "Mitte", position: 1 } });
  if (locale !== "de") {
    const offer = await db.offer.findUniqueOrThrow({ where: { slug: seeded.offerSlug }, select: { id: true } });
    await db.offerTranslation.create({ data: { offerId: offer.id, locale, summary: summaries[locale], reviewed: false } });
  }
  await expireCache(baseURL);
}

test.describe("every locale", () => {
  for (const locale of routing.locales) {
    test(`${locale}: home, search, district, offer and Merkliste pages are translated, accessible and mark German content`, async ({
      page,
      db,
      seeded,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await addDistrictAndTranslation(db, seeded, locale, baseURL!);
      const messages = loadMessages(locale);
      const pages = [
        `/${locale}`,
        `/${locale}/angebote?stadt=${seeded.citySlug}`,
        `/${locale}/staedte/${seeded.citySlug}/mitte`,
        `/${locale}/angebote/${seeded.offerSlug}`,
        `/${locale}/merkliste?angebote=${seeded.offerSlug}`,
      ];
      for (const url of pages) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expectLangAndDir(page, locale);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoGermanUi(page, locale);
        await expectNoAxeViolations(page);
      }

      // The offer page (last but one): the translation in the page's language, the German
      // description marked as German, and one notice for each.
      await page.goto(`/${locale}/angebote/${seeded.offerSlug}`);
      const description = page.getByText("Ein Testeintrag, den nur dieser Test anlegt.");
      if (locale === "de") {
        await expect(page.getByText("Offener Treff mit Mittagstisch.")).not.toHaveAttribute("lang");
        await expect(description).not.toHaveAttribute("lang");
        await expect(page.locator("[data-content-notice]")).toHaveCount(0);
      } else {
        const summary = page.getByText(summaries[locale].split("\n")[0]!);
        await expect(summary).toBeVisible();
        await expect(summary).not.toHaveAttribute("lang");
        await expect(page.getByText("Offener Treff mit Mittagstisch.")).toHaveCount(0);
        await expect(page.getByText(messages["Content.unreviewed"]!).first()).toBeVisible();
        await expect(description).toHaveAttribute("lang", "de");
        await expect(page.getByText(messages["Content.fallback"]!).first()).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
      }
    });
  }
});

test("switching the language of a filtered search keeps the query and the filters", async ({ page, seeded }) => {
  const [en, tr] = [loadMessages("en"), loadMessages("tr")];
  await page.goto(`/en/angebote?q=Treff&stadt=${seeded.citySlug}&art=begegnungsstaette`);
  await expect(page.getByRole("searchbox", { name: en["Search.queryLabel"] })).toHaveValue("Treff");
  await openHeaderMenu(page, "language");
  const turkish = page.getByRole("navigation", { name: en["Layout.language"] }).getByRole("link", { name: "Türkçe" });
  // A plain link (works without JavaScript) that already carries the query.
  await expect(turkish).toHaveAttribute("href", `/tr/angebote?q=Treff&stadt=${seeded.citySlug}&art=begegnungsstaette`);
  await turkish.click();
  await expect(page).toHaveURL(`/tr/angebote?q=Treff&stadt=${seeded.citySlug}&art=begegnungsstaette`);
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("searchbox", { name: tr["Search.queryLabel"] })).toHaveValue("Treff");
  await expect(page.getByRole("combobox", { name: tr["Search.facet.stadt"] })).toHaveValue(seeded.citySlug);
  await expect(page.getByRole("heading", { level: 3, name: seeded.offerName })).toBeVisible();
});

test("'counselling in my language' is one click from the results, and not offered in German", async ({ page, db, seeded, baseURL }) => {
  const tr = loadMessages("tr");
  const results = page.getByRole("region", { name: tr["Search.resultsHeading"] });
  await page.goto(`/tr/angebote?stadt=${seeded.citySlug}`);
  await expect(results.getByText(tr["Content.languageFilterNone"]!.replace("{language}", "Türkçe"))).toBeVisible();
  await expect(results.getByRole("link", { name: /kendi dilimde/ })).toHaveCount(0);

  await db.offer.update({ where: { slug: seeded.offerSlug }, data: { languages: ["de", "tr"] } });
  await expireCache(baseURL!);
  await page.goto(`/tr/angebote?stadt=${seeded.citySlug}`);
  const inMyLanguage = results.getByRole("link", { name: /kendi dilimde \(Türkçe\).*1 teklif/ });
  await inMyLanguage.click();
  await expect(page).toHaveURL(`/tr/angebote?stadt=${seeded.citySlug}&sprache=tr`);
  await expect(page.getByRole("heading", { level: 3, name: seeded.offerName })).toBeVisible();
  await expect(results.getByRole("link", { name: /kendi dilimde/ })).toHaveCount(0);

  await page.goto(`/de/angebote?stadt=${seeded.citySlug}`);
  await expect(page.getByRole("link", { name: /in meiner Sprache/ })).toHaveCount(0);
});

test("the first visit follows Accept-Language, a manual choice is remembered for a year", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "tr" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/tr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");

  await openHeaderMenu(page, "language");
  await page
    .getByRole("navigation", { name: loadMessages("tr")["Layout.language"] })
    .getByRole("link", { name: "Polski" })
    .click();
  await expect(page).toHaveURL(/\/pl$/);
  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value).toBe("pl");
  expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 360 * 24 * 60 * 60 * 1000);

  await page.goto("/");
  await expect(page).toHaveURL(/\/pl$/);
  await context.close();
});

test("Arabic mirrors the layout and keeps phone numbers, e-mail addresses and links left-to-right", async ({ page }) => {
  const dir = path.join(process.cwd(), "tests/e2e/__screenshots__");
  mkdirSync(dir, { recursive: true });
  const ar = loadMessages("ar");

  await page.goto("/ar/angebote?q=Seniorenberatung&stadt=duesseldorf");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const results = page.getByRole("region", { name: ar["Search.resultsHeading"] });
  const resultPhone = results.getByRole("link", { name: "899 899 9" });
  await expect(resultPhone).toHaveCSS("direction", "ltr");
  // Mirrored: the filters, first in the source, stand on the right.
  const filters = await page.getByRole("form", { name: ar["Search.filtersHeading"] }).boundingBox();
  const resultsBox = await results.boundingBox();
  expect(filters!.x).toBeGreaterThan(resultsBox!.x);
  await page.screenshot({ path: path.join(dir, "ar-search.png"), fullPage: true });

  await page.goto("/ar/angebote/duesseldorf-seniorenberatung");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const phone = page.getByRole("main").getByRole("link", { name: "899 899 9" }).first();
  await expect(phone).toHaveAttribute("dir", "ltr");
  await expect(phone).toHaveCSS("direction", "ltr");
  await expect(page.getByRole("link", { name: "seniorenberatung@duesseldorf.de" }).first()).toHaveCSS("direction", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("direction", "rtl");
  await page.screenshot({ path: path.join(dir, "ar-offer.png"), fullPage: true });
});
