import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { offerTranslationsSchema } from "@/lib/admin/schema";
import { getOfferTranslations } from "@/lib/admin/translations/data";
import { saveOfferTranslations } from "@/lib/admin/translations/mutations";
import { createPrismaClient } from "@/lib/database/client";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;

beforeAll(async () => {
  world = await createAdminWorld(db);
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

const row = (locale: string, name: string, reviewed = "") => ({ locale, name, summary: "", description: "", reviewed });
const input = (offerId: string, rows: ReturnType<typeof row>[]) => offerTranslationsSchema.parse({ locale: "de", offerId, translations: rows });

describe("offer translations", () => {
  it("lists every locale but German beside the German text, writes, marks as reviewed and deletes emptied ones", async () => {
    const editor = world.users.cityEditor;
    const offerId = world.offers.A.id;
    const blank = (await getOfferTranslations(editor, offerId))!;
    expect(blank.translations.map((t) => t.locale)).toEqual(["de-x-ls", "en", "tr", "ar", "ru", "pl", "uk"]);
    expect(blank.name).toBe("Angebot a");

    const now = new Date("2026-11-01T10:00:00Z");
    expect((await saveOfferTranslations({ user: editor, ip: null }, input(offerId, [row("en", "Meeting place", "on"), row("tr", "Buluşma yeri")]), now)).status).toBe("saved");
    const stored = await db.offerTranslation.findMany({ where: { offerId }, orderBy: { locale: "asc" }, select: { locale: true, name: true, reviewed: true, reviewedAt: true } });
    expect(stored).toEqual([
      { locale: "en", name: "Meeting place", reviewed: true, reviewedAt: now },
      { locale: "tr", name: "Buluşma yeri", reviewed: false, reviewedAt: null },
    ]);

    // Reviewed stays reviewed with its first date; an emptied translation is removed.
    await saveOfferTranslations({ user: editor, ip: null }, input(offerId, [row("en", "Meeting point", "on"), row("tr", "")]), new Date());
    expect(await db.offerTranslation.findMany({ where: { offerId }, select: { locale: true, name: true, reviewedAt: true } })).toEqual([
      { locale: "en", name: "Meeting point", reviewedAt: now },
    ]);
    expect(await db.auditEntry.count({ where: { entityId: offerId, action: "offer.translate" } })).toBe(2);
  });

  it("refuses offers outside the scope and PROVIDER_EDITORs, writing nothing", async () => {
    const offerB = world.offers.B.id;
    expect(await getOfferTranslations(world.users.cityEditor, offerB)).toBeNull();
    expect(await saveOfferTranslations({ user: world.users.cityEditor, ip: null }, input(offerB, [row("en", "X")]), new Date())).toEqual({ status: "notFound" });
    expect(await saveOfferTranslations({ user: world.users.providerEditor, ip: null }, input(world.offers.A.id, [row("pl", "X")]), new Date())).toEqual({ status: "forbidden" });
    expect(await db.offerTranslation.count({ where: { OR: [{ offerId: offerB }, { locale: "pl", offerId: world.offers.A.id }] } })).toBe(0);
  });

  it("the schema refuses German, unknown locales and duplicates", () => {
    const parse = (translations: unknown) => offerTranslationsSchema.safeParse({ locale: "de", offerId: world.offers.A.id, translations }).success;
    expect(parse([row("de", "X")])).toBe(false);
    expect(parse([row("fr", "X")])).toBe(false);
    expect(parse([row("en", "X"), row("en", "Y")])).toBe(false);
    expect(parse([row("en", "x".repeat(201))])).toBe(false);
  });
});
