import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, expireCache, test } from "./fixtures";

test("district pages list their own offers and every whole-city offer, marked as such", async ({ page, db, baseURL }) => {
  const tag = randomBytes(3).toString("hex");
  const type = await db.offerType.findUniqueOrThrow({ where: { slug: "seniorenbuero" }, select: { id: true } });
  const city = await db.city.create({
    data: {
      slug: `bezirkstadt-${tag}`,
      name: `Bezirkstadt ${tag}`,
      bundesland: "Sachsen",
      districts: {
        create: [
          { slug: "nord", name: "Nord", position: 1 },
          { slug: "sued", name: "Süd", position: 2 },
        ],
      },
    },
    include: { districts: true },
  });
  const nord = city.districts.find((d) => d.slug === "nord")!;
  const base = { typeId: type.id, cityId: city.id, summary: "Test", description: "Test", status: "PUBLISHED" as const };
  await db.offer.create({
    data: { ...base, slug: `bezirk-nord-${tag}`, name: `Seniorenbüro Nord ${tag}`, districts: { create: { districtId: nord.id } } },
  });
  await db.offer.create({ data: { ...base, slug: `bezirk-alle-${tag}`, name: `Seniorentelefon ${tag}`, servesWholeCity: true } });

  await expireCache(baseURL!);
  try {
    await page.goto(`/de/staedte/${city.slug}`);
    const districts = page.getByRole("navigation", { name: "Stadtbezirke" });
    await districts.getByRole("link", { name: "Nord" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nord in ${city.name}`);
    const local = page.getByRole("region", { name: "Angebote in Nord" });
    await expect(local.getByRole("link", { name: `Seniorenbüro Nord ${tag}` })).toBeVisible();
    const wholeCity = page.getByRole("region", { name: `Angebote für die ganze Stadt ${city.name}` });
    await expect(wholeCity.getByRole("link", { name: `Seniorentelefon ${tag}` })).toBeVisible();
    await expect(local.getByRole("link", { name: `Seniorentelefon ${tag}` })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page
      .getByRole("navigation", { name: `Andere Stadtbezirke in ${city.name}` })
      .getByRole("link", { name: "Süd" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Süd in ${city.name}`);
    await expect(page.getByText("Für diesen Stadtbezirk ist noch kein eigenes Angebot eingetragen.")).toBeVisible();
    await expect(page.getByRole("link", { name: `Seniorentelefon ${tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Seniorenbüro Nord ${tag}` })).toHaveCount(0);

    const missing = await page.goto(`/de/staedte/${city.slug}/gibt-es-nicht`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    expect(missing?.status()).toBe(404);
  } finally {
    await db.offer.deleteMany({ where: { cityId: city.id } });
    await db.city.delete({ where: { id: city.id } });
  }
});

test("a city's offers come in pages of 10 with working page links", async ({ page, db, baseURL }) => {
  const tag = randomBytes(3).toString("hex");
  const type = await db.offerType.findUniqueOrThrow({ where: { slug: "besuchsdienst" }, select: { id: true } });
  const city = await db.city.create({ data: { slug: `seitenstadt-${tag}`, name: `Seitenstadt ${tag}`, bundesland: "Hessen" } });
  await db.offer.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      slug: `seiten-${tag}-${String(i).padStart(2, "0")}`,
      name: `Besuchsdienst ${String(i).padStart(2, "0")} ${tag}`,
      summary: "Test",
      description: "Test",
      typeId: type.id,
      cityId: city.id,
      servesWholeCity: true,
      status: "PUBLISHED" as const,
    })),
  });
  await expireCache(baseURL!);
  try {
    await page.goto(`/de/staedte/${city.slug}`);
    const offers = page.getByRole("region", { name: `Angebote in ${city.name}` });
    await expect(offers.getByText("30 Angebote")).toBeVisible();
    await expect(offers.getByRole("heading", { level: 3 })).toHaveCount(10);
    await expect(offers.getByRole("link", { name: `Besuchsdienst 10 ${tag}` })).toHaveCount(0);
    await offers.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page).toHaveURL(new RegExp(`/de/staedte/${city.slug}/seite/2$`));
    await expect(offers.getByRole("heading", { level: 3 })).toHaveCount(10);
    await expect(offers.getByRole("link", { name: `Besuchsdienst 10 ${tag}` })).toBeVisible();
    await offers.getByRole("link", { name: "Seite 3" }).click();
    await expect(page).toHaveURL(new RegExp(`/de/staedte/${city.slug}/seite/3$`));
    await expect(offers.getByRole("link", { name: `Besuchsdienst 29 ${tag}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // Links from before pages had paths of their own still work; past the end is the last page.
    await page.goto(`/de/staedte/${city.slug}?seite=99`);
    await expect(page).toHaveURL(new RegExp(`/de/staedte/${city.slug}/seite/99$`));
    await expect(offers.getByRole("heading", { level: 3 })).toHaveCount(10);
    await expect(offers.getByRole("link", { name: `Besuchsdienst 29 ${tag}` })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/de/staedte/${city.slug}/seite/3$`));
  } finally {
    await db.offer.deleteMany({ where: { cityId: city.id } });
    await db.city.delete({ where: { id: city.id } });
  }
});

test("a district's own offers come first, then the whole-city ones, in pages of 10", async ({ page, db, baseURL }) => {
  const tag = randomBytes(3).toString("hex");
  const type = await db.offerType.findUniqueOrThrow({ where: { slug: "seniorenbuero" }, select: { id: true } });
  const city = await db.city.create({
    data: {
      slug: `grossstadt-${tag}`,
      name: `Großstadt ${tag}`,
      bundesland: "Bayern",
      districts: { create: [{ slug: "mitte", name: "Mitte" }] },
    },
    include: { districts: true },
  });
  const base = { typeId: type.id, cityId: city.id, summary: "Test", description: "Test", status: "PUBLISHED" as const };
  for (let i = 0; i < 3; i++) {
    await db.offer.create({
      data: {
        ...base,
        slug: `mitte-${tag}-${i}`,
        name: `Treff Mitte ${i} ${tag}`,
        districts: { create: { districtId: city.districts[0]!.id } },
      },
    });
  }
  await db.offer.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      ...base,
      slug: `stadtweit-${tag}-${String(i).padStart(2, "0")}`,
      name: `Stadtweit ${String(i).padStart(2, "0")} ${tag}`,
      servesWholeCity: true,
    })),
  });
  await expireCache(baseURL!);
  try {
    await page.goto(`/de/staedte/${city.slug}/mitte`);
    const local = page.getByRole("region", { name: "Angebote in Mitte" });
    const wholeCity = page.getByRole("region", { name: `Angebote für die ganze Stadt ${city.name}` });
    await expect(local.getByRole("heading", { level: 3 })).toHaveCount(3);
    await expect(wholeCity.getByText("30 stadtweite Angebote")).toBeVisible();
    await expect(wholeCity.getByRole("heading", { level: 3 })).toHaveCount(7);
    await expect(page.getByText("Seite 1 von 4")).toBeVisible();

    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page).toHaveURL(new RegExp(`/de/staedte/${city.slug}/mitte/seite/2$`));
    await expect(page.getByRole("region", { name: "Angebote in Mitte" })).toHaveCount(0);
    await expect(wholeCity.getByRole("heading", { level: 3 })).toHaveCount(10);
    await expect(wholeCity.getByRole("link", { name: `Stadtweit 07 ${tag}` })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^Mitte in ${city.name} – Seite 2 von 4`));
    await page.getByRole("link", { name: "Seite 4" }).click();
    await expect(wholeCity.getByRole("link", { name: `Stadtweit 29 ${tag}` })).toBeVisible();
    await expectNoAxeViolations(page);

    const junk = await page.goto(`/de/staedte/${city.slug}/mitte/seite/zwei`);
    expect(junk?.status()).toBe(404);
  } finally {
    await db.offer.deleteMany({ where: { cityId: city.id } });
    await db.city.delete({ where: { id: city.id } });
  }
});
