import { expect, expireCache, test } from "./fixtures";

test("public pages come from the data cache and change when their tag is revalidated", async ({ page, db, seeded, baseURL }) => {
  await page.goto(`/de/staedte/${seeded.citySlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.cityName);

  await db.city.update({ where: { slug: seeded.citySlug }, data: { name: `${seeded.cityName} (neu)` } });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.cityName);

  await expireCache(baseURL!, [`city:${seeded.citySlug}`]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${seeded.cityName} (neu)`);
});

test("the revalidation endpoint refuses callers without the token", async ({ baseURL }) => {
  const response = await fetch(new URL("/api/revalidate", baseURL), { method: "POST", body: "{}" });
  expect(response.status).toBe(401);
});
