import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getOfferForEdit } from "@/lib/admin/data";
import { updateOffer } from "@/lib/admin/mutations";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld, toEditInput } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

describe("a project period set by staff", () => {
  it("is stored as first and last day with its precision, read back as stated, and cleared again", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.A.id))!;
    expect([current.periodFrom, current.periodUntil]).toEqual([null, null]);
    const saved = await updateOffer({ user: editor, ip: null }, toEditInput(current, { periodFrom: "2014-09", periodUntil: "2017-08" }));
    expect(saved.status).toBe("saved");
    expect(
      await db.offer.findUniqueOrThrow({ where: { id: current.id }, select: { validFrom: true, validUntil: true, periodPrecision: true } }),
    ).toEqual({
      validFrom: new Date("2014-09-01T00:00:00Z"),
      validUntil: new Date("2017-08-31T00:00:00Z"),
      periodPrecision: "month",
    });
    const again = (await getOfferForEdit(editor, current.id))!;
    expect([again.periodFrom, again.periodUntil]).toEqual(["2014-09", "2017-08"]);

    await updateOffer({ user: editor, ip: null }, toEditInput(again, { periodFrom: null, periodUntil: null }));
    expect(await db.offer.findUniqueOrThrow({ where: { id: current.id }, select: { validUntil: true, periodPrecision: true } })).toEqual({
      validUntil: null,
      periodPrecision: null,
    });
  });
});
