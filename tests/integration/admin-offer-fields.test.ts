import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getOfferEditOptions, getOfferForEdit } from "@/lib/admin/data";
import { changeOfferStatus, updateOffer } from "@/lib/admin/mutations";
import { offerEditSchema } from "@/lib/admin/schema";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld, toEditInput } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
let districts: { id: string }[];
let feature: { id: string };

beforeAll(async () => {
  world = await createAdminWorld(db);
  districts = await Promise.all(
    ["nord", "sued"].map((slug) =>
      db.district.create({ data: { cityId: world.city1.id, slug: `${slug}-${world.tag}`, name: `Bezirk ${slug}` }, select: { id: true } }),
    ),
  );
  feature = await db.accessibilityFeature.create({ data: { slug: `adm-feature-${world.tag}`, name: "Rampe" }, select: { id: true } });
});
afterAll(async () => {
  await world.cleanup();
  await db.accessibilityFeature.delete({ where: { id: feature.id } });
  await db.$disconnect();
});

describe("saving all fields of an offer", () => {
  it("round-trips every field through the schema, the save path and the edit loader", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.A.id))!;
    const posted = offerEditSchema.parse({
      locale: "de",
      offerId: current.id,
      version: String(current.version),
      name: "Treff Nord",
      summary: "Kurz",
      description: "Lang",
      typeId: current.typeId,
      providerId: world.provider1.id,
      status: "DRAFT",
      servesWholeCity: "",
      districtIds: [districts[1]!.id, districts[0]!.id],
      street: "Hauptstraße 1",
      postcode: "40210",
      locality: "Einsstadt",
      latitude: "51,2",
      longitude: "6,78",
      phone: "",
      email: "",
      website: "",
      languages: ["tr", "de"],
      accessibilityIds: [feature.id],
      targetGroupIds: [],
      handlungsfeldIds: [],
      freeOfCharge: "no",
      costNote: "5 Euro im Monat",
      sourceDocument: "Seniorenplan",
      sourceSection: "3.2",
      contacts: [],
      hours: [
        { weekday: "1", opens: "09:00", closes: "12:00", note: "" },
        { weekday: "1", opens: "14:00", closes: "16:00", note: "" },
        { weekday: "6", opens: "20:00", closes: "24:00", note: "Tanz" },
      ],
      exceptions: [{ date: "2026-12-24", closed: "on", opens: "", closes: "", note: "Heiligabend" }],
    });
    const result = await updateOffer({ user: editor, ip: null }, posted);
    expect(result.status).toBe("saved");
    const saved = (await getOfferForEdit(editor, current.id))!;
    expect(saved).toMatchObject({
      version: current.version + 1,
      status: "DRAFT",
      providerId: world.provider1.id,
      districtIds: districts.map((d) => d.id).sort(),
      latitude: 51.2,
      longitude: 6.78,
      languages: ["tr", "de"],
      accessibilityIds: [feature.id],
      freeOfCharge: false,
      costNote: "5 Euro im Monat",
      sourceDocument: "Seniorenplan",
      sourceSection: "3.2",
      exceptions: [{ date: "2026-12-24", closed: true, opens: null, closes: null, note: "Heiligabend" }],
    });
    expect(saved.hours).toEqual([
      { weekday: 1, opens: "09:00", closes: "12:00", note: null },
      { weekday: 1, opens: "14:00", closes: "16:00", note: null },
      { weekday: 6, opens: "20:00", closes: "24:00", note: "Tanz" },
    ]);

    // Whole city: the districts go, and a second save with unchanged lists keeps the rest.
    const whole = await updateOffer(
      { user: editor, ip: null },
      toEditInput(saved, { servesWholeCity: true, hours: saved.hours.slice(0, 1) }),
    );
    expect(whole.status).toBe("saved");
    const after = (await getOfferForEdit(editor, current.id))!;
    expect(after).toMatchObject({ servesWholeCity: true, districtIds: [], accessibilityIds: [feature.id], exceptions: saved.exceptions });
    expect(after.hours).toHaveLength(1);
  });

  it("refuses a district of another city, a Träger of another city and an unknown type, writing nothing", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.C.id))!;
    const foreignDistrict = await db.district.create({
      data: { cityId: world.city2.id, slug: `fremd-${world.tag}`, name: "Fremd" },
      select: { id: true },
    });
    const foreignProvider = await db.provider.create({
      data: { slug: `adm-fremd-${world.tag}`, name: "Fremder Träger", cityId: world.city2.id },
      select: { id: true },
    });
    try {
      for (const change of [{ districtIds: [foreignDistrict.id] }, { providerId: foreignProvider.id }, { typeId: feature.id }]) {
        expect(await updateOffer({ user: editor, ip: null }, toEditInput(current, change))).toEqual({ status: "invalidChoice" });
      }
      const stored = (await getOfferForEdit(editor, current.id))!;
      expect(stored).toMatchObject({ version: current.version, districtIds: [], providerId: current.providerId, typeId: current.typeId });
      // A Träger of the offer's own city is a valid choice.
      expect((await updateOffer({ user: editor, ip: null }, toEditInput(current, { providerId: world.provider1.id }))).status).toBe(
        "saved",
      );
    } finally {
      await db.district.delete({ where: { id: foreignDistrict.id } });
      await db.offer.update({ where: { id: current.id }, data: { providerId: world.provider2.id } });
      await db.provider.delete({ where: { id: foreignProvider.id } });
    }
  });

  it("offers a PROVIDER_EDITOR only their own Träger and refuses taking the offer away from it", async () => {
    const editor = world.users.providerEditor;
    const options = await getOfferEditOptions(editor, world.city1.id);
    expect(options.providers.map((p) => p.id)).toEqual([world.provider1.id]);
    expect(options.districts.map((d) => d.id).sort()).toEqual(districts.map((d) => d.id).sort());
    const current = (await getOfferForEdit(editor, world.offers.A.id))!;
    expect(await updateOffer({ user: editor, ip: null }, toEditInput(current, { providerId: null }))).toEqual({ status: "invalidChoice" });
    expect(await updateOffer({ user: editor, ip: null }, toEditInput(current, { providerId: world.provider2.id }))).toEqual({
      status: "invalidChoice",
    });
  });
});

describe("archive and restore", () => {
  it("archives, refuses a stale version, and restores as a draft, each audited", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.C.id))!;
    const archived = await changeOfferStatus(
      { user: editor, ip: null },
      { locale: "de", offerId: current.id, version: current.version, status: "ARCHIVED" },
    );
    expect(archived.status).toBe("saved");
    expect((await getOfferForEdit(editor, current.id))!.status).toBe("ARCHIVED");
    const stale = await changeOfferStatus(
      { user: editor, ip: null },
      { locale: "de", offerId: current.id, version: current.version, status: "DRAFT" },
    );
    expect(stale).toMatchObject({ status: "conflict", current: { status: "ARCHIVED" } });
    const restored = await changeOfferStatus(
      { user: editor, ip: null },
      { locale: "de", offerId: current.id, version: current.version + 1, status: "DRAFT" },
    );
    expect(restored.status).toBe("saved");
    const after = (await getOfferForEdit(editor, current.id))!;
    expect(after).toMatchObject({ status: "DRAFT", name: current.name, contacts: current.contacts });
    const audits = await db.auditEntry.findMany({ where: { entityId: current.id, action: "offer.update" }, select: { after: true } });
    expect(audits.map((a) => (a.after as { status: string }).status)).toEqual(expect.arrayContaining(["ARCHIVED", "DRAFT"]));
  });

  it("refuses archiving an offer outside the user's scope", async () => {
    const current = (await getOfferForEdit(world.users.admin, world.offers.B.id))!;
    const result = await changeOfferStatus(
      { user: world.users.cityEditor, ip: null },
      { locale: "de", offerId: current.id, version: current.version, status: "ARCHIVED" },
    );
    expect(result).toEqual({ status: "notFound" });
    expect((await db.offer.findUniqueOrThrow({ where: { id: current.id }, select: { status: true } })).status).toBe("PUBLISHED");
  });
});
