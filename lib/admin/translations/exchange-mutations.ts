import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import { xliffTextFields } from "@/lib/translation/xliff";
import type { ReadXliffUnit, XliffTextField } from "@/lib/translation/xliff";
import { writeAuditEntry } from "../audit/mutations";
import { offerTextFields } from "../offers/fields";
import type { ActingContext, ActingUser } from "../types";
import { mayTranslateInto, translatableOffersWhere } from "./data";

// An agency's file comes back: a dry run says what each unit would do, the import then
// writes exactly the units the same plan (made again inside the transaction) accepts.
// Imported texts are machine or agency work no one here has checked: never "reviewed".

export type ImportAction = "new" | "changed" | "unchanged" | "outdated" | "unknown" | "tooLong" | "empty";
export type ImportPlanItem = { slug: string; name: string | null; action: ImportAction };
export type ImportPlan = { items: ImportPlanItem[]; writable: number };

type Texts = Record<XliffTextField, string | null>;

const limits = Object.fromEntries(xliffTextFields.map((f) => [f, offerTextFields.find((s) => s.name === f)!.max])) as Record<
  XliffTextField,
  number
>;

function toTexts(unit: ReadXliffUnit): Texts {
  return Object.fromEntries(xliffTextFields.map((f) => [f, unit.target[f]?.trim() ? unit.target[f]!.trim() : null])) as Texts;
}

// Reads run on the client for the dry run and on the transaction for the import.
type OfferReader = Pick<Prisma.TransactionClient, "offer">;

async function readOffers(db: OfferReader, user: ActingUser, locale: string, slugs: string[]) {
  return db.offer.findMany({
    where: { AND: [await translatableOffersWhere(user), { slug: { in: slugs } }] },
    select: {
      id: true,
      slug: true,
      ...offerSourceTextsSelect,
      city: { select: { slug: true } },
      translations: { where: { locale }, select: { name: true, summary: true, description: true }, take: 1 },
    },
  });
}

type PlannedUnit = ImportPlanItem & { offer?: Awaited<ReturnType<typeof readOffers>>[number]; texts: Texts; source?: string };

async function planUnits(db: OfferReader, user: ActingUser, locale: string, units: ReadXliffUnit[]): Promise<PlannedUnit[]> {
  const offers = new Map(
    (
      await readOffers(
        db,
        user,
        locale,
        units.map((u) => u.slug),
      )
    ).map((o) => [o.slug, o]),
  );
  return units.map((unit) => {
    const offer = offers.get(unit.slug);
    const texts = toTexts(unit);
    const base = { slug: unit.slug, name: offer?.name ?? null, texts };
    if (!offer) return { ...base, action: "unknown" };
    const source = fingerprint(toOfferSourceTexts(offer));
    if (unit.fingerprint !== source) return { ...base, offer, action: "outdated" };
    if (!texts.name && !texts.summary && !texts.description) return { ...base, offer, action: "empty" };
    if (xliffTextFields.some((f) => (texts[f]?.length ?? 0) > limits[f]) || /[\r\n]/.test(texts.name ?? "")) {
      return { ...base, offer, action: "tooLong" };
    }
    const stored = offer.translations[0];
    if (!stored) return { ...base, offer, source, action: "new" };
    const same = xliffTextFields.every((f) => (stored[f] ?? null) === texts[f]);
    return { ...base, offer, source, action: same ? "unchanged" : "changed" };
  });
}

function toPlan(planned: PlannedUnit[]): ImportPlan {
  return {
    items: planned.map(({ slug, name, action }) => ({ slug, name, action })),
    writable: planned.filter((p) => p.action === "new" || p.action === "changed").length,
  };
}

export async function planTranslationImport(user: ActingUser, locale: string, units: ReadXliffUnit[]): Promise<ImportPlan | null> {
  if (!mayTranslateInto(user, locale)) return null;
  return toPlan(await planUnits(getDb(), user, locale, units));
}

export type TranslationImportResult =
  { status: "imported"; plan: ImportPlan; offerSlugs: string[]; citySlugs: string[] } | { status: "forbidden" };

export async function importTranslations(ctx: ActingContext, locale: string, units: ReadXliffUnit[]): Promise<TranslationImportResult> {
  if (!mayTranslateInto(ctx.user, locale)) return { status: "forbidden" };
  return getDb().$transaction(async (tx) => {
    const planned = await planUnits(tx, ctx.user, locale, units);
    const written = planned.filter((p) => p.action === "new" || p.action === "changed");
    for (const item of written) {
      const offer = item.offer!;
      const data = { ...item.texts, reviewed: false, reviewedAt: null, reviewedById: null, sourceFingerprint: item.source! };
      await tx.offerTranslation.upsert({
        where: { offerId_locale: { offerId: offer.id, locale } },
        create: { offerId: offer.id, locale, ...data },
        update: data,
      });
      // An open translation form of this offer must see that the texts changed (and
      // offer.updated_at, the German record's change time, must not move): raw SQL.
      await tx.$executeRaw`UPDATE offer SET translations_version = translations_version + 1 WHERE id = ${offer.id}::uuid`;
      await writeAuditEntry(tx, {
        actor: ctx.user,
        action: "offer.translate",
        entityType: "offer",
        entityId: offer.id,
        before: { locale, translation: offer.translations[0] ?? null },
        after: { locale, translation: item.texts, via: "xliff" },
        ip: ctx.ip,
      });
    }
    return {
      status: "imported",
      plan: toPlan(planned),
      offerSlugs: written.map((p) => p.slug),
      citySlugs: [...new Set(written.map((p) => p.offer!.city.slug))],
    };
  });
}
