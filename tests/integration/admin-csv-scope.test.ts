import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkOfferImport } from "@/lib/admin/csv/data";
import { importOffers } from "@/lib/admin/csv/mutations";
import { parseCsvTable } from "@/lib/admin/csv/parse";
import type { CsvTable } from "@/lib/admin/csv/parse";
import { getOfferForEdit } from "@/lib/admin/data";
import { updateOffer } from "@/lib/admin/mutations";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { toEditInput } from "./admin-fixtures";
import { ensureSeedData } from "./ensure-seed";

// The security issue's case on the seeded data: a Düsseldorf city editor must not give a
// Düsseldorf offer Bremen's Träger by CSV, because the offer form refuses the same change.

const db = createPrismaClient(inject("databaseUrl"));
const tag = randomBytes(3).toString("hex");
const bremenProvider = "bremen-bremer-heimstiftung";
const duesseldorfProvider = "duesseldorf-awo-duesseldorf";
let offer: { id: string; version: number };
let typeSlug: string;
const users = {} as Record<"cityEditor" | "admin", ActingUser>;

beforeAll(async () => {
  await ensureSeedData(db);
  const city = await db.city.findUniqueOrThrow({ where: { slug: "duesseldorf" }, select: { id: true } });
  const own = await db.provider.findUniqueOrThrow({ where: { slug: duesseldorfProvider }, select: { id: true } });
  const type = await db.offerType.findFirstOrThrow({ select: { id: true, slug: true } });
  typeSlug = type.slug;
  // A draft of the test's own, so that neither the seeded offers nor the public exports change.
  offer = await db.offer.create({
    data: {
      slug: `duesseldorf-scope-${tag}`,
      name: "Treff Scope",
      summary: "Kurz",
      description: "Lang",
      typeId: type.id,
      cityId: city.id,
      providerId: own.id,
    },
    select: { id: true, version: true },
  });
  for (const [key, role] of [
    ["cityEditor", "CITY_EDITOR"],
    ["admin", "ADMIN"],
  ] as const) {
    const email = `scope-${key.toLowerCase()}-${tag}@example.org`;
    const created = await db.user.create({
      data: { email, role, cities: role === "CITY_EDITOR" ? { create: { cityId: city.id } } : undefined },
      select: { id: true },
    });
    users[key] = { id: created.id, email, role };
  }
});
afterAll(async () => {
  const userIds = Object.values(users).map((u) => u.id);
  const created = await db.offer.findMany({ where: { slug: { startsWith: "duesseldorf-neu-scope-" } }, select: { id: true } });
  const offerIds = [offer.id, ...created.map((o) => o.id)];
  await db.auditEntry.deleteMany({ where: { OR: [{ actorId: { in: userIds } }, { entityId: { in: offerIds } }] } });
  await db.revision.deleteMany({ where: { entityId: { in: offerIds } } });
  await db.offer.deleteMany({ where: { id: { in: offerIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.$disconnect();
});

function table(lines: string[]): CsvTable {
  const parsed = parseCsvTable(lines.join("\n"));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

const stored = () =>
  db.offer.findUniqueOrThrow({
    where: { id: offer.id },
    select: { version: true, providerId: true, summary: true, provider: { select: { slug: true } } },
  });
const countAudits = () => db.auditEntry.count({ where: { actorId: { in: Object.values(users).map((u) => u.id) } } });
const updateRow = (provider: string) => ["id;version;provider;summary", `${offer.id};${offer.version};${provider};Per Import`];
const refused = { row: 2, column: "provider", code: "providerOutOfScope" };

describe("CSV import: the form's Träger rule", () => {
  it.each(["cityEditor", "admin"] as const)(
    "refuses Bremen's Träger on a Düsseldorf offer for the %s, as the form does, and writes nothing",
    async (key) => {
      const user = users[key];
      const before = await stored();
      const auditsBefore = await countAudits();
      const bremen = await db.provider.findUniqueOrThrow({ where: { slug: bremenProvider }, select: { id: true } });

      const current = await getOfferForEdit(user, offer.id);
      expect(current).not.toBeNull();
      expect(await updateOffer({ user, ip: null }, toEditInput(current!, { providerId: bremen.id }))).toEqual({ status: "invalidChoice" });

      const plan = await checkOfferImport(user, table(updateRow(bremenProvider)));
      expect(plan?.errors).toEqual([refused]);
      expect(plan?.planned).toEqual([]);
      const result = await importOffers({ user, ip: null }, table(updateRow(bremenProvider)), new Date());
      expect(result).toMatchObject({ status: "invalid", errors: [refused] });

      expect(await stored()).toEqual(before);
      expect(before.provider?.slug).toBe(duesseldorfProvider);
      expect(await countAudits()).toBe(auditsBefore);
    },
  );

  it("refuses Bremen's Träger for a new Düsseldorf offer, and accepts Düsseldorf's own", async () => {
    const create = (provider: string) =>
      table(["city;type;provider;name;summary;description", `duesseldorf;${typeSlug};${provider};Neu Scope ${tag};Kurz;Lang`]);
    const auditsBefore = await countAudits();
    expect(await checkOfferImport(users.cityEditor, create(bremenProvider))).toEqual({ planned: [], errors: [refused] });
    expect(await importOffers({ user: users.cityEditor, ip: null }, create(bremenProvider), new Date())).toMatchObject({
      status: "invalid",
      errors: [refused],
    });
    expect(await db.offer.count({ where: { name: `Neu Scope ${tag}` } })).toBe(0);
    expect(await countAudits()).toBe(auditsBefore);

    const own = await checkOfferImport(users.cityEditor, create(duesseldorfProvider));
    expect(own?.errors).toEqual([]);
    expect(own?.planned).toMatchObject([{ action: "create", values: { provider: duesseldorfProvider } }]);
  });

  it("still imports an update that keeps the offer's Träger", async () => {
    const result = await importOffers({ user: users.cityEditor, ip: null }, table(updateRow(duesseldorfProvider)), new Date());
    expect(result).toMatchObject({ status: "imported", updated: 1 });
    expect(await stored()).toMatchObject({ version: offer.version + 1, summary: "Per Import", provider: { slug: duesseldorfProvider } });
  });
});
