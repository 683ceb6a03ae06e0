import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getOfferForEdit } from "@/lib/admin/data";
import { updateOffer } from "@/lib/admin/mutations";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld, toEditInput } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
  await db.city.update({ where: { id: world.city1.id }, data: { areaCode: "0211" } });
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

const stored = (offerId: string) =>
  db.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      phoneDialable: true,
      phoneAreaCodeAdded: true,
      contacts: { select: { phoneDialable: true, phoneAreaCodeAdded: true }, orderBy: { position: "asc" } },
    },
  });

describe("dialable numbers on save", () => {
  it("derives the E.164 form with the city's area code where the number has none, for the offer and its contacts", async () => {
    const editor = world.users.cityEditor;
    const current = (await getOfferForEdit(editor, world.offers.A.id))!;
    const contact = { id: null, name: "Frau Prüf", role: null, department: null, phone: "654 321", email: null, remove: false };
    const saved = await updateOffer({ user: editor, ip: null }, toEditInput(current, { phone: "899 899 9", contacts: [contact] }));
    expect(saved.status).toBe("saved");
    expect(await stored(current.id)).toEqual({
      phoneDialable: "+492118998999",
      phoneAreaCodeAdded: true,
      contacts: expect.arrayContaining([{ phoneDialable: "+49211654321", phoneAreaCodeAdded: true }]),
    });

    // Written differently, the same number: still dialable. A number with its own area code keeps it.
    const again = (await getOfferForEdit(editor, current.id))!;
    await updateOffer({ user: editor, ip: null }, toEditInput(again, { phone: "8998999" }));
    expect((await stored(current.id)).phoneDialable).toBe("+492118998999");
    const third = (await getOfferForEdit(editor, current.id))!;
    await updateOffer({ user: editor, ip: null }, toEditInput(third, { phone: "0341 123 45 67" }));
    expect(await stored(current.id)).toMatchObject({ phoneDialable: "+493411234567", phoneAreaCodeAdded: false });
  });
});
