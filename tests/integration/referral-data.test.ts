import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { filterPublishedOfferSlugs, listReferralOffers } from "@/lib/referral/data";

const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
const slug = (name: string) => `ref-${name}-${tag}`;
let cityId = "";
let typeId = "";

beforeAll(async () => {
  typeId = (await db.offerType.create({ data: { slug: slug("typ"), name: "Begegnungsstätte" } })).id;
  cityId = (await db.city.create({ data: { slug: slug("stadt"), name: "Merkstadt", bundesland: "Bremen" } })).id;
  const base = { summary: "s", description: "d", typeId, cityId };
  await db.offer.create({
    data: {
      ...base,
      slug: slug("eins"),
      name: "Treff Eins",
      status: "PUBLISHED",
      phone: "0421 1",
      contacts: {
        create: [
          { name: "Zweite Person", position: 1 },
          { name: "Erste Person", role: "Leitung", position: 0 },
        ],
      },
      openingHours: {
        create: [
          { weekday: 3, opens: "09:00", closes: "12:00" },
          { weekday: 1, opens: "14:00", closes: "16:00" },
        ],
      },
    },
  });
  await db.offer.create({ data: { ...base, slug: slug("zwei"), name: "Treff Zwei", status: "PUBLISHED" } });
  await db.offer.create({ data: { ...base, slug: slug("alt"), name: "Archiviert", status: "ARCHIVED" } });
  await db.offer.create({ data: { ...base, slug: slug("entwurf"), name: "Entwurf", status: "DRAFT" } });
});

afterAll(async () => {
  await db.offer.deleteMany({ where: { cityId } });
  await db.city.delete({ where: { id: cityId } });
  await db.offerType.delete({ where: { id: typeId } });
  await db.$disconnect();
});

describe("referral sheet data", () => {
  it("returns published offers in the reader's order and silently drops the rest", async () => {
    const offers = await listReferralOffers([slug("zwei"), slug("alt"), "gibt-es-nicht", slug("entwurf"), slug("eins")], "de");
    expect(offers.map((o) => o.name.text)).toEqual(["Treff Zwei", "Treff Eins"]);
    const eins = offers[1]!;
    expect(eins).toMatchObject({ typeName: { text: "Begegnungsstätte", lang: "de" }, cityName: "Merkstadt", phone: "0421 1" });
    expect(eins.contacts.map((c) => c.name)).toEqual(["Erste Person", "Zweite Person"]);
    expect(eins.openingHours.map((h) => h.weekday)).toEqual([1, 3]);
  });

  it("answers an empty list with an empty sheet", async () => {
    expect(await listReferralOffers([], "de")).toEqual([]);
  });

  it("filters slugs to published offers", async () => {
    expect(await filterPublishedOfferSlugs([slug("alt"), slug("eins"), "nix"])).toEqual([slug("eins")]);
  });
});
