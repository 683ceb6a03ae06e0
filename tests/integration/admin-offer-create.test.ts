import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getOfferForEdit, listCreatableCities } from "@/lib/admin/data";
import { createOffer } from "@/lib/admin/mutations";
import { offerCreateSchema } from "@/lib/admin/schema";
import type { ActingUser } from "@/lib/admin/types";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
let typeId: string;
const created: string[] = [];

beforeAll(async () => {
  world = await createAdminWorld(db);
  typeId = (await db.offer.findUniqueOrThrow({ where: { id: world.offers.A.id }, select: { typeId: true } })).typeId;
});
afterAll(async () => {
  await db.auditEntry.deleteMany({ where: { entityId: { in: created } } });
  await db.offer.deleteMany({ where: { id: { in: created } } });
  await world.cleanup();
  await db.$disconnect();
});

function form(cityId: string, changes: Record<string, unknown> = {}) {
  return offerCreateSchema.parse({
    locale: "de",
    cityId,
    name: "Neuer Treff",
    summary: "Kurz",
    description: "Lang",
    typeId,
    providerId: "",
    status: "PUBLISHED",
    servesWholeCity: "on",
    districtIds: [],
    street: "",
    postcode: "",
    locality: "",
    latitude: "",
    longitude: "",
    phone: "",
    email: "",
    website: "",
    languages: ["de"],
    accessibilityIds: [],
    targetGroupIds: [],
    handlungsfeldIds: [],
    freeOfCharge: "",
    costNote: "",
    sourceDocument: "",
    sourceSection: "",
    contacts: [{ id: "", remove: "", name: "Frau Neu", role: "", department: "", phone: "", email: "" }],
    hours: [{ weekday: "3", opens: "10:00", closes: "12:00", note: "" }],
    exceptions: [],
    ...changes,
  });
}

async function create(user: ActingUser, input: ReturnType<typeof form>) {
  const result = await createOffer({ user, ip: "192.0.2.1" }, input);
  if (result.status === "created") created.push(result.offerId);
  return result;
}

describe("creating an offer", () => {
  it("a CITY_EDITOR creates in their city with all fields, a free slug and an audit entry", async () => {
    const first = await create(world.users.cityEditor, form(world.city1.id));
    const second = await create(world.users.cityEditor, form(world.city1.id));
    expect(first).toMatchObject({ status: "created", published: true, citySlug: world.city1.slug });
    if (first.status !== "created" || second.status !== "created") throw new Error("not created");
    expect(second.offerSlug).toBe(`${first.offerSlug}-2`);
    const offer = (await getOfferForEdit(world.users.cityEditor, first.offerId))!;
    expect(offer).toMatchObject({
      name: "Neuer Treff",
      status: "PUBLISHED",
      servesWholeCity: true,
      languages: ["de"],
      contacts: [{ name: "Frau Neu" }],
    });
    expect(offer.hours).toEqual([{ weekday: 3, opens: "10:00", closes: "12:00", note: null }]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: first.offerId },
      select: { action: true, actorId: true, ip: true },
    });
    expect(audit).toEqual({ action: "offer.create", actorId: world.users.cityEditor.id, ip: "192.0.2.1" });
  });

  it("refuses a city outside the scope, and a disabled account, writing nothing", async () => {
    const before = await db.offer.count({ where: { cityId: world.city2.id } });
    expect(await create(world.users.cityEditor, form(world.city2.id))).toEqual({ status: "notFound" });
    expect(await create(world.users.disabledEditor, form(world.city1.id))).toEqual({ status: "notFound" });
    expect(await db.offer.count({ where: { cityId: world.city2.id } })).toBe(before);
    expect((await listCreatableCities(world.users.cityEditor)).map((c) => c.id)).toEqual([world.city1.id]);
    expect(await listCreatableCities(world.users.disabledEditor)).toEqual([]);
  });

  it("a PROVIDER_EDITOR creates only with their own Träger, and always as a draft", async () => {
    const editor = world.users.providerEditor;
    expect((await listCreatableCities(editor)).map((c) => c.id)).toEqual([world.city1.id]);
    expect(await create(editor, form(world.city1.id))).toEqual({ status: "invalidChoice" });
    expect(await create(editor, form(world.city1.id, { providerId: world.provider2.id }))).toEqual({ status: "invalidChoice" });
    expect(await create(editor, form(world.city2.id, { providerId: world.provider1.id }))).toEqual({ status: "notFound" });
    const result = await create(editor, form(world.city1.id, { providerId: world.provider1.id }));
    expect(result).toMatchObject({ status: "created", published: false });
    if (result.status !== "created") throw new Error("not created");
    expect((await getOfferForEdit(editor, result.offerId))!).toMatchObject({ status: "DRAFT", providerId: world.provider1.id });
  });
});
