import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { offerTranslationsSchema } from "@/lib/admin/schema";
import { getOfferTranslations } from "@/lib/admin/translations/data";
import { listTranslationExport } from "@/lib/admin/translations/exchange-data";
import { importTranslations, planTranslationImport } from "@/lib/admin/translations/exchange-mutations";
import { saveOfferTranslations } from "@/lib/admin/translations/mutations";
import { listTranslationWork } from "@/lib/admin/translations/work-data";
import { createPrismaClient } from "@/lib/database/client";
import { buildTranslationXliff, readTranslationXliff } from "@/lib/translation/xliff";
import { createAdminWorld } from "./admin-fixtures";

const db = createPrismaClient(inject("databaseUrl"));
let world: Awaited<ReturnType<typeof createAdminWorld>>;
const slugs = { A: "", B: "" };

beforeAll(async () => {
  world = await createAdminWorld(db);
  for (const key of ["A", "B"] as const) {
    slugs[key] = (await db.offer.findUniqueOrThrow({ where: { id: world.offers[key].id }, select: { slug: true } })).slug;
  }
});
afterAll(async () => {
  await world.cleanup();
  await db.$disconnect();
});

// The agency fills in every target of the exported file.
async function translatedFile(xml: string, text: (source: string) => string): Promise<string> {
  return xml.replace(
    /<source>([^<]*)<\/source>\s*<target>[^<]*<\/target>/g,
    (_all, source: string) => `<source>${source}</source>\n<target>${text(source)}</target>`,
  );
}

describe("translations through an agency (XLIFF 2.0)", () => {
  it("exports the user's offers, dry-runs the returned file, imports it unreviewed and spots German changed since", async () => {
    const editor = world.users.cityEditor;
    const offerA = world.offers.A;
    const units = (await listTranslationExport(editor, "pl"))!;
    expect(units.map((u) => u.slug)).toContain(slugs.A);
    expect(units.map((u) => u.slug)).not.toContain(slugs.B);

    const xml = await translatedFile(await buildTranslationXliff("pl", units), (source) => `PL ${source}`);
    const read = await readTranslationXliff(xml, "pl");
    if (!read.ok) throw new Error(read.error);
    const plan = (await planTranslationImport(editor, "pl", read.units))!;
    expect(plan.items.find((i) => i.slug === slugs.A)?.action).toBe("new");
    expect(await db.offerTranslation.count({ where: { offerId: offerA.id, locale: "pl" } })).toBe(0);

    const result = await importTranslations({ user: editor, ip: null }, "pl", read.units);
    expect(result.status).toBe("imported");
    const stored = await db.offerTranslation.findUniqueOrThrow({
      where: { offerId_locale: { offerId: offerA.id, locale: "pl" } },
      select: { name: true, reviewed: true, sourceFingerprint: true },
    });
    expect(stored).toEqual({
      name: "PL Angebot a",
      reviewed: false,
      sourceFingerprint: units.find((u) => u.slug === slugs.A)!.fingerprint,
    });
    expect((await planTranslationImport(editor, "pl", read.units))!.items.find((i) => i.slug === slugs.A)?.action).toBe("unchanged");

    // The German changes: the same file is now outdated for that offer, and the work list says so.
    await db.offer.update({ where: { id: offerA.id }, data: { summary: "Neue Kurzbeschreibung" } });
    expect((await planTranslationImport(editor, "pl", read.units))!.items.find((i) => i.slug === slugs.A)?.action).toBe("outdated");
    const work = (await listTranslationWork(editor, "pl"))!;
    expect(work.items.find((i) => i.id === offerA.id)?.state).toBe("outdated");
    expect((await getOfferTranslations(editor, offerA.id))!.translations.find((t) => t.locale === "pl")?.outdated).toBe(true);
  });

  it("records who reviewed a translation and when, made from the German as it is now", async () => {
    const editor = world.users.cityEditor;
    const offerA = world.offers.A;
    const current = (await getOfferTranslations(editor, offerA.id))!;
    const now = new Date("2026-12-01T09:00:00Z");
    const rows = current.translations
      .filter((t) => t.locale === "pl")
      .map((t) => ({
        locale: "pl",
        name: t.name ?? "",
        summary: "PL Neue Kurzbeschreibung",
        description: t.description ?? "",
        reviewed: "on",
      }));
    const input = offerTranslationsSchema.parse({
      locale: "de",
      offerId: offerA.id,
      version: String(current.translationsVersion),
      translations: rows,
    });
    expect((await saveOfferTranslations({ user: editor, ip: null }, input, now)).status).toBe("saved");
    const polish = (await getOfferTranslations(editor, offerA.id))!.translations.find((t) => t.locale === "pl")!;
    expect(polish).toMatchObject({ reviewed: true, reviewedAt: now.toISOString(), outdated: false });
    expect(polish.reviewedBy).toBeTruthy();
    expect((await listTranslationWork(editor, "pl"))!.items.find((i) => i.id === offerA.id)).toBeUndefined();
  });

  it("gives a PROVIDER_EDITOR neither export nor import, and skips offers outside the scope", async () => {
    const provider = world.users.providerEditor;
    expect(await listTranslationExport(provider, "pl")).toBeNull();
    expect(await planTranslationImport(provider, "pl", [])).toBeNull();
    expect(await importTranslations({ user: provider, ip: null }, "pl", [])).toEqual({ status: "forbidden" });
    const foreign = [{ slug: slugs.B, fingerprint: "x", target: { name: "Obce" } }];
    expect((await planTranslationImport(world.users.cityEditor, "pl", foreign))!.items[0]!.action).toBe("unknown");
    await importTranslations({ user: world.users.cityEditor, ip: null }, "pl", foreign);
    expect(await db.offerTranslation.count({ where: { offerId: world.offers.B.id } })).toBe(0);
  });
});
