import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listDistrictsForUser } from "@/lib/admin/districts/data";
import { createDistrict, renameDistrict } from "@/lib/admin/districts/mutations";
import { listProvidersForUser } from "@/lib/admin/providers/data";
import { createProvider, updateProvider } from "@/lib/admin/providers/mutations";
import type { ProviderUpdateInput } from "@/lib/admin/providers/schema";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
const createdProviders: string[] = [];
const ctx = (user: ActingUser) => ({ user, ip: "203.0.113.9" });

async function editInput(providerId: string, changes: Partial<ProviderUpdateInput> = {}): Promise<ProviderUpdateInput> {
  const row = await db.provider.findUniqueOrThrow({
    where: { id: providerId },
    select: { name: true, kind: true, umbrella: true, website: true, cityId: true, version: true },
  });
  return { locale: "de", providerId, ...row, ...changes };
}

const auditCount = (entityId: string, action: string) => db.auditEntry.count({ where: { entityId, action } });

beforeAll(async () => {
  world = await createAdminWorld(db);
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: createdProviders } } });
  await world.cleanup();
  await db.$disconnect();
});

describe("providers: scope matrix", () => {
  it("lets a CITY_EDITOR change a Träger of their city, audited with before and after, and bumps the version", async () => {
    const input = await editInput(world.provider1.id, {
      name: "Träger Eins neu",
      kind: "VEREIN",
      umbrella: "CARITAS",
      website: "https://eins.example.org",
    });
    const result = await updateProvider(ctx(world.users.cityEditor), input);
    expect(result).toEqual({ status: "saved", providerId: world.provider1.id, citySlugs: [world.city1.slug] });
    const row = await db.provider.findUniqueOrThrow({
      where: { id: world.provider1.id },
      select: { name: true, umbrella: true, version: true },
    });
    expect(row).toEqual({ name: "Träger Eins neu", umbrella: "CARITAS", version: input.version + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: world.provider1.id, action: "provider.update" },
      select: { entityType: true, actorId: true, before: true, after: true, ip: true },
    });
    expect(entry).toMatchObject({
      entityType: "provider",
      actorId: world.users.cityEditor.id,
      ip: "203.0.113.9",
      before: { name: "Träger Eins" },
      after: { name: "Träger Eins neu", umbrella: "CARITAS" },
    });
  });

  it("refuses a CITY_EDITOR a Träger of another city, and moving their Träger to another city", async () => {
    const other = await updateProvider(ctx(world.users.cityEditor), await editInput(world.provider2.id, { name: "Gekapert" }));
    expect(other).toEqual({ status: "notFound" });
    const moved = await updateProvider(ctx(world.users.cityEditor), await editInput(world.provider1.id, { cityId: world.city2.id }));
    expect(moved).toEqual({ status: "invalidCity" });
    const noCity = await updateProvider(ctx(world.users.cityEditor), await editInput(world.provider1.id, { cityId: null }));
    expect(noCity).toEqual({ status: "invalidCity" });
    const rows = await db.provider.findMany({
      where: { id: { in: [world.provider1.id, world.provider2.id] } },
      select: { name: true, cityId: true },
      orderBy: { slug: "asc" },
    });
    expect(rows).toEqual([
      { name: "Träger Eins neu", cityId: world.city1.id },
      { name: "Träger Zwei", cityId: world.city2.id },
    ]);
    expect(await auditCount(world.provider2.id, "provider.update")).toBe(0);
  });

  it("refuses every edit and create to a PROVIDER_EDITOR and a disabled CITY_EDITOR, but lists the PROVIDER_EDITOR's own Träger read-only", async () => {
    for (const user of [world.users.providerEditor, world.users.disabledEditor]) {
      expect(await updateProvider(ctx(user), await editInput(world.provider1.id, { name: "Nicht erlaubt" }))).toEqual({
        status: "notFound",
      });
      expect(
        await createProvider(ctx(user), {
          locale: "de",
          name: "Nicht erlaubt",
          kind: "VEREIN",
          umbrella: null,
          website: null,
          cityId: world.city1.id,
        }),
      ).toEqual({ status: "invalidCity" });
    }
    const own = await listProvidersForUser(world.users.providerEditor);
    expect(own.map((p) => [p.id, p.canEdit])).toEqual([[world.provider1.id, false]]);
    expect(await listProvidersForUser(world.users.disabledEditor)).toEqual([]);
    const cityList = (await listProvidersForUser(world.users.cityEditor)).map((p) => p.id);
    expect(cityList).toContain(world.provider1.id);
    expect(cityList).not.toContain(world.provider2.id);
  });

  it("lets an ADMIN create a Träger in any city or without a city, with a unique slug", async () => {
    const first = await createProvider(ctx(world.users.admin), {
      locale: "de",
      name: `Überall Hilfe ${world.tag}`,
      kind: "STIFTUNG",
      umbrella: null,
      website: null,
      cityId: world.city2.id,
    });
    const second = await createProvider(ctx(world.users.admin), {
      locale: "de",
      name: `Überall Hilfe ${world.tag}`,
      kind: "STIFTUNG",
      umbrella: "AWO",
      website: null,
      cityId: null,
    });
    if (first.status !== "saved" || second.status !== "saved") throw new Error("not created");
    createdProviders.push(first.providerId, second.providerId);
    expect(first.citySlugs).toEqual([world.city2.slug]);
    expect(second.citySlugs).toEqual([]);
    const slugs = await db.provider.findMany({
      where: { id: { in: createdProviders } },
      select: { slug: true },
      orderBy: { createdAt: "asc" },
    });
    expect(slugs.map((s) => s.slug)).toEqual([`ueberall-hilfe-${world.tag}`, `ueberall-hilfe-${world.tag}-2`]);
    expect(await auditCount(first.providerId, "provider.create")).toBe(1);
  });
});

describe("providers: optimistic locking", () => {
  it("refuses a save against a stale version and keeps the newer data", async () => {
    const stale = await editInput(world.provider2.id);
    expect(await updateProvider(ctx(world.users.admin), { ...stale, name: "Erste Änderung" })).toMatchObject({ status: "saved" });
    expect(await updateProvider(ctx(world.users.admin), { ...stale, name: "Zweite Änderung" })).toEqual({ status: "conflict" });
    const row = await db.provider.findUniqueOrThrow({ where: { id: world.provider2.id }, select: { name: true, version: true } });
    expect(row).toEqual({ name: "Erste Änderung", version: stale.version + 1 });
  });

  it("lets exactly one of two concurrent saves of one version win", async () => {
    const base = await editInput(world.provider2.id);
    const results = await Promise.all(["A", "B"].map((k) => updateProvider(ctx(world.users.admin), { ...base, name: `Parallel ${k}` })));
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    expect(await db.provider.findUniqueOrThrow({ where: { id: world.provider2.id }, select: { version: true } })).toEqual({
      version: base.version + 1,
    });
  });
});

describe("districts", () => {
  it("lets a CITY_EDITOR add a district with an ascii-folded slug, unique within the city", async () => {
    const added = await createDistrict(ctx(world.users.cityEditor), { locale: "de", cityId: world.city1.id, name: "Süd-Östliche Höhe" });
    if (added.status !== "saved") throw new Error("not created");
    const row = await db.district.findUniqueOrThrow({ where: { id: added.districtId }, select: { slug: true, cityId: true } });
    expect(row).toEqual({ slug: "sued-oestliche-hoehe", cityId: world.city1.id });
    expect(await createDistrict(ctx(world.users.cityEditor), { locale: "de", cityId: world.city1.id, name: "Süd östliche HÖHE" })).toEqual({
      status: "taken",
    });
    // The same name in another city is fine.
    expect(await createDistrict(ctx(world.users.admin), { locale: "de", cityId: world.city2.id, name: "Süd-Östliche Höhe" })).toMatchObject(
      { status: "saved" },
    );
    expect(await auditCount(added.districtId, "district.create")).toBe(1);
  });

  it("renames within scope (slug kept) and refuses a name taken in the city", async () => {
    const nord = await createDistrict(ctx(world.users.cityEditor), { locale: "de", cityId: world.city1.id, name: "Nord" });
    const mitte = await createDistrict(ctx(world.users.cityEditor), { locale: "de", cityId: world.city1.id, name: "Mitte" });
    if (nord.status !== "saved" || mitte.status !== "saved") throw new Error("not created");
    expect(
      await renameDistrict(ctx(world.users.cityEditor), { locale: "de", districtId: nord.districtId, name: "Nordstadt" }),
    ).toMatchObject({ status: "saved" });
    expect(await db.district.findUniqueOrThrow({ where: { id: nord.districtId }, select: { name: true, slug: true } })).toEqual({
      name: "Nordstadt",
      slug: "nord",
    });
    expect(await renameDistrict(ctx(world.users.cityEditor), { locale: "de", districtId: mitte.districtId, name: "nordstadt" })).toEqual({
      status: "taken",
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: nord.districtId, action: "district.rename" },
      select: { entityType: true, before: true, after: true },
    });
    expect(entry).toEqual({ entityType: "district", before: { name: "Nord" }, after: { name: "Nordstadt" } });
  });

  it("refuses districts of other cities to a CITY_EDITOR and all districts to a PROVIDER_EDITOR", async () => {
    const other = await createDistrict(ctx(world.users.admin), { locale: "de", cityId: world.city2.id, name: "Fremdbezirk" });
    if (other.status !== "saved") throw new Error("not created");
    expect(await renameDistrict(ctx(world.users.cityEditor), { locale: "de", districtId: other.districtId, name: "Gekapert" })).toEqual({
      status: "notFound",
    });
    expect(await createDistrict(ctx(world.users.cityEditor), { locale: "de", cityId: world.city2.id, name: "Gekapert" })).toEqual({
      status: "notFound",
    });
    const own = await db.district.findFirstOrThrow({ where: { cityId: world.city1.id }, select: { id: true } });
    for (const user of [world.users.providerEditor, world.users.disabledEditor]) {
      expect(await renameDistrict(ctx(user), { locale: "de", districtId: own.id, name: "Gekapert" })).toEqual({ status: "notFound" });
      expect(await createDistrict(ctx(user), { locale: "de", cityId: world.city1.id, name: "Gekapert" })).toEqual({ status: "notFound" });
      expect(await listDistrictsForUser(user)).toEqual([]);
    }
    expect(await db.district.count({ where: { name: "Gekapert", cityId: { in: [world.city1.id, world.city2.id] } } })).toBe(0);
    expect((await listDistrictsForUser(world.users.cityEditor)).map((c) => c.id)).toEqual([world.city1.id]);
  });
});
