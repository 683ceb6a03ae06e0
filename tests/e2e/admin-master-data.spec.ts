import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/admin/passwords";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("a city editor adds a district and a Träger for their city; the district shows on the public city page", async ({
  page,
  db,
  seeded,
}) => {
  const tag = randomBytes(3).toString("hex");
  const city = await db.city.findUniqueOrThrow({ where: { slug: seeded.citySlug }, select: { id: true } });
  const email = `stammdaten-${tag}@example.org`;
  const password = "ein langes Test-Passwort";
  const user = await db.user.create({
    data: { email, role: "CITY_EDITOR", passwordHash: await hashPassword(password), cities: { create: { cityId: city.id } } },
    select: { id: true },
  });
  try {
    await page.goto("/de/admin");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");

    await page.goto("/de/admin/bezirke");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bezirke");
    const section = page.getByRole("region", { name: seeded.cityName });
    await expect(section.getByText("Noch keine Bezirke")).toBeVisible();
    await expectNoAxeViolations(page);
    await section.getByLabel(/^Name des Bezirks/).fill(`Altstadt ${tag}`);
    await section.getByRole("button", { name: "Anlegen" }).click();
    await expect(section.getByText("1 Bezirk", { exact: true })).toBeVisible();
    await expect(section.getByText(`Altstadt ${tag}`, { exact: true })).toBeVisible();

    // Saving revalidates the city's cache tag stale-while-revalidate: the first visit
    // may still get the old page while the new one is rendered.
    await expect(async () => {
      await page.goto(`/de/staedte/${seeded.citySlug}`);
      await expect(page.getByRole("navigation", { name: "Stadtbezirke" }).getByRole("link", { name: `Altstadt ${tag}` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });

    await page.goto("/de/admin/traeger");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Träger");
    await expectNoAxeViolations(page);
    const create = page.getByRole("region", { name: "Neuen Träger anlegen" });
    await create.getByLabel(/^Name/).fill(`Nachbarschaftsverein ${tag}`);
    await create.getByRole("button", { name: "Anlegen" }).click();
    await expect(page.getByText(`Nachbarschaftsverein ${tag}`).first()).toBeVisible();
    await expect.poll(() => db.provider.count({ where: { name: `Nachbarschaftsverein ${tag}`, cityId: city.id } })).toBe(1);
  } finally {
    await db.provider.deleteMany({ where: { name: `Nachbarschaftsverein ${tag}` } });
    await db.district.deleteMany({ where: { cityId: city.id } });
    await db.user.delete({ where: { id: user.id } });
  }
});
