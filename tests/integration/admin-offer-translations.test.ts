import { afterAll, assert, beforeAll, describe, expect, inject, it } from "vitest";
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
const input = (offerId: string, rows: ReturnType<typeof row>[], version = 1) =>
  offerTranslationsSchema.parse({ locale: "de", offerId, version: String(version), translations: rows });

describe("offer translations", () => {
  it("lists every locale but German beside the German text, writes, marks as reviewed and deletes emptied ones", async () => {
    const editor = world.users.cityEditor;
    const offerId = world.offers.A.id;
    const blank = (await getOfferTranslations(editor, offerId))!;
    expect(blank.translations.map((t) => t.locale)).toEqual(["de-x-ls", "en", "tr", "ar", "ru", "pl", "uk"]);
    expect(blank.name).toBe("Angebot a");
    expect(blank.translationsVersion).toBe(1);

    const now = new Date("2026-11-01T10:00:00Z");
    expect(
      (
        await saveOfferTranslations(
          { user: editor, ip: null },
          input(offerId, [row("en", "Meeting place", "on"), row("tr", "Buluşma yeri")], 1),
          now,
        )
      ).status,
    ).toBe("saved");
    const stored = await db.offerTranslation.findMany({
      where: { offerId },
      orderBy: { locale: "asc" },
      select: { locale: true, name: true, reviewed: true, reviewedAt: true },
    });
    expect(stored).toEqual([
      { locale: "en", name: "Meeting place", reviewed: true, reviewedAt: now },
      { locale: "tr", name: "Buluşma yeri", reviewed: false, reviewedAt: null },
    ]);

    // Reviewed stays reviewed with its first date; an emptied translation is removed.
    await saveOfferTranslations(
      { user: editor, ip: null },
      input(offerId, [row("en", "Meeting point", "on"), row("tr", "")], 2),
      new Date(),
    );
    expect(await db.offerTranslation.findMany({ where: { offerId }, select: { locale: true, name: true, reviewedAt: true } })).toEqual([
      { locale: "en", name: "Meeting point", reviewedAt: now },
    ]);
    expect(await db.auditEntry.count({ where: { entityId: offerId, action: "offer.translate" } })).toBe(2);
    expect((await getOfferTranslations(editor, offerId))!.translationsVersion).toBe(3);
  });

  it("refuses offers outside the scope and PROVIDER_EDITORs, writing nothing", async () => {
    const offerB = world.offers.B.id;
    expect(await getOfferTranslations(world.users.cityEditor, offerB)).toBeNull();
    expect(await saveOfferTranslations({ user: world.users.cityEditor, ip: null }, input(offerB, [row("en", "X")]), new Date())).toEqual({
      status: "notFound",
    });
    expect(
      await saveOfferTranslations({ user: world.users.providerEditor, ip: null }, input(world.offers.A.id, [row("pl", "X")]), new Date()),
    ).toEqual({ status: "forbidden" });
    expect(await db.offerTranslation.count({ where: { OR: [{ offerId: offerB }, { locale: "pl", offerId: world.offers.A.id }] } })).toBe(0);
  });

  it("20 concurrent pairs of saves from one version: exactly one of each pair wins, the other gets the conflict with the winner's text", async () => {
    const editor = world.users.cityEditor;
    const offerId = world.offers.C.id;
    const ctx = { user: editor, ip: "192.0.2.20" };
    const auditsBefore = await db.auditEntry.count({ where: { entityId: offerId, action: "offer.translate" } });
    const start = (await getOfferTranslations(editor, offerId))!.translationsVersion;
    for (let pair = 0; pair < 20; pair += 1) {
      const version = start + pair;
      const texts = [`Erste ${pair}`, `Zweite ${pair}`];
      const results = await Promise.all(
        texts.map((text) => saveOfferTranslations(ctx, input(offerId, [row("en", text), row("uk", text)], version), new Date())),
      );
      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
      const winner = texts[results.findIndex((r) => r.status === "saved")]!;
      const stored = await db.offerTranslation.findMany({
        where: { offerId },
        orderBy: { locale: "asc" },
        select: { locale: true, name: true },
      });
      expect(stored).toEqual([
        { locale: "en", name: winner },
        { locale: "uk", name: winner },
      ]);
      // The loser is shown what won, at the version to save against after comparing.
      const conflict = results.find((r) => r.status === "conflict");
      expect(conflict).toMatchObject({ status: "conflict", current: { id: offerId, translationsVersion: version + 1 } });
      assert(conflict?.status === "conflict");
      expect(conflict.current.translations.filter((t) => t.name !== null)).toEqual([
        {
          locale: "en",
          name: winner,
          summary: null,
          description: null,
          reviewed: false,
          reviewedBy: null,
          reviewedAt: null,
          outdated: false,
        },
        {
          locale: "uk",
          name: winner,
          summary: null,
          description: null,
          reviewed: false,
          reviewedBy: null,
          reviewedAt: null,
          outdated: false,
        },
      ]);
    }
    expect((await getOfferTranslations(editor, offerId))!.translationsVersion).toBe(start + 20);
    expect(await db.auditEntry.count({ where: { entityId: offerId, action: "offer.translate" } })).toBe(auditsBefore + 20);
  });

  it("a save against an old version changes nothing; saving again at the version shown then wins", async () => {
    const editor = world.users.cityEditor;
    const offerId = world.offers.A.id;
    const loaded = (await getOfferTranslations(editor, offerId))!;
    const german = await db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { updatedAt: true, version: true } });
    expect(
      await saveOfferTranslations(
        { user: editor, ip: null },
        input(offerId, [row("ru", "Первый")], loaded.translationsVersion),
        new Date(),
      ),
    ).toMatchObject({ status: "saved" });
    const stale = await saveOfferTranslations(
      { user: editor, ip: null },
      input(offerId, [row("ru", "Второй")], loaded.translationsVersion),
      new Date(),
    );
    expect(stale).toMatchObject({ status: "conflict", current: { translationsVersion: loaded.translationsVersion + 1 } });
    expect(
      (await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId, locale: "ru" } }, select: { name: true } })).name,
    ).toBe("Первый");
    assert(stale.status === "conflict");
    const again = await saveOfferTranslations(
      { user: editor, ip: null },
      input(offerId, [row("ru", "Второй")], stale.current.translationsVersion),
      new Date(),
    );
    expect(again).toMatchObject({ status: "saved", translationsVersion: loaded.translationsVersion + 2 });
    expect(
      (await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId, locale: "ru" } }, select: { name: true } })).name,
    ).toBe("Второй");
    // Translating is not a change of the German record: its version and change time stay.
    expect(await db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { updatedAt: true, version: true } })).toEqual(german);
  });

  it("the schema refuses German, unknown locales and duplicates", () => {
    const parse = (translations: unknown) =>
      offerTranslationsSchema.safeParse({ locale: "de", offerId: world.offers.A.id, translations }).success;
    expect(parse([row("de", "X")])).toBe(false);
    expect(parse([row("fr", "X")])).toBe(false);
    expect(parse([row("en", "X"), row("en", "Y")])).toBe(false);
    expect(parse([row("en", "x".repeat(201))])).toBe(false);
  });
});
