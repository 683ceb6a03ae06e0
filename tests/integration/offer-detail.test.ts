import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { getOfferBySlug } from "@/lib/directory/data";

const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
let cityId = "";

beforeAll(async () => {
  const type = await db.offerType.create({ data: { slug: `test-type-${tag}`, name: "Testart" } });
  const city = await db.city.create({ data: { slug: `stundenstadt-${tag}`, name: `Stundenstadt ${tag}`, bundesland: "Bremen" } });
  cityId = city.id;
  await db.offer.create({
    data: {
      slug: `stundentreff-${tag}`,
      name: "Stundentreff",
      summary: "x",
      description: "x",
      typeId: type.id,
      cityId,
      status: "PUBLISHED",
      openingHours: { create: [{ weekday: 5, opens: "20:00", closes: "02:00", note: "Nachtcafé" }] },
      exceptions: {
        create: [
          { date: new Date("2026-12-31T00:00:00Z"), closed: false, opens: "19:00", closes: "24:00", note: "Silvester" },
          { date: new Date("2026-03-29T00:00:00Z"), closed: true, note: "Umstellung auf Sommerzeit" },
        ],
      },
    },
  });
});

afterAll(async () => {
  await db.offer.deleteMany({ where: { cityId } });
  await db.city.delete({ where: { id: cityId } });
  await db.offerType.delete({ where: { slug: `test-type-${tag}` } });
  await db.$disconnect();
});

describe("getOfferBySlug: hours", () => {
  it("returns weekly hours and the exceptions as calendar dates, earliest first", async () => {
    const offer = await getOfferBySlug(`stundentreff-${tag}`, "de");
    expect(offer?.openingHours).toEqual([{ weekday: 5, opens: "20:00", closes: "02:00", note: "Nachtcafé" }]);
    expect(offer?.exceptions).toEqual([
      { date: "2026-03-29", closed: true, opens: null, closes: null, note: "Umstellung auf Sommerzeit" },
      { date: "2026-12-31", closed: false, opens: "19:00", closes: "24:00", note: "Silvester" },
    ]);
  });
});
