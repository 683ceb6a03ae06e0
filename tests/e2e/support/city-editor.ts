import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "@/lib/admin/passwords";
import type { DatabaseClient } from "@/lib/database/client";
import { expect } from "../fixtures";

export type EditorAccount = { email: string; password: string; userId: string };

/** A CITY_EDITOR of one city, for a test's own seeded city; remove it with the returned function. */
export async function createCityEditor(db: DatabaseClient, citySlug: string, prefix: string) {
  const city = await db.city.findUniqueOrThrow({ where: { slug: citySlug }, select: { id: true } });
  const email = `${prefix}-${randomBytes(3).toString("hex")}@example.org`;
  const password = "ein langes Test-Passwort";
  const user = await db.user.create({
    data: { email, role: "CITY_EDITOR", passwordHash: await hashPassword(password), cities: { create: { cityId: city.id } } },
    select: { id: true },
  });
  const account: EditorAccount = { email, password, userId: user.id };
  return { account, cityId: city.id, remove: () => db.user.delete({ where: { id: user.id } }) };
}

export async function signInAsEditor(page: Page, account: EditorAccount) {
  await page.goto("/de/admin");
  await page.getByLabel("E-Mail-Adresse").fill(account.email);
  await page.getByLabel("Passwort", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebote");
}
