import type { DatabaseClient } from "@/lib/database/client";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import type { SeedData } from "./read-files";
import type { SeedLocaleTranslations } from "./read-translations";
import { measureCoverage } from "./translation-coverage";
import type { SeedTaxonomyTranslation } from "./translation-schema";

type TermTranslations = Record<string, { name: string; description?: string; reviewed: boolean }>;
type CityTranslations = Record<string, Record<string, string | string[] | boolean>>;

const termKinds = ["offerTypes", "handlungsfelder", "targetGroups", "accessibilityFeatures"] as const;

async function loadTerms(db: DatabaseClient, locales: { locale: string; taxonomy: SeedTaxonomyTranslation }[]): Promise<number> {
  let added = 0;
  const delegates = {
    offerTypes: db.offerType,
    handlungsfelder: db.handlungsfeld,
    targetGroups: db.targetGroup,
    accessibilityFeatures: db.accessibilityFeature,
  };
  for (const kind of termKinds) {
    const delegate = delegates[kind];
    // @ts-expect-error the four taxonomy delegates share findMany/update with these fields
    const terms: { id: string; slug: string; translations: TermTranslations }[] = await delegate.findMany({
      select: { id: true, slug: true, translations: true },
    });
    for (const term of terms) {
      const current = { ...(term.translations ?? {}) };
      let changed = false;
      for (const { locale, taxonomy } of locales) {
        const entry = taxonomy[kind][term.slug];
        if (!entry || current[locale]) continue;
        current[locale] = { ...entry, reviewed: false };
        changed = true;
        added += 1;
      }
      // @ts-expect-error see above
      if (changed) await delegate.update({ where: { id: term.id }, data: { translations: current } });
    }
  }
  return added;
}

// Adds machine translations that are missing and never overwrites one that exists:
// a translation a person has reviewed or corrected must survive every restart.
// A translation made from German that has since changed is stale: it is not loaded, so
// the reader sees the current German with a notice instead of an outdated text.
function withoutStale(data: SeedData, translations: SeedLocaleTranslations): SeedLocaleTranslations {
  const stale = new Set(
    measureCoverage(data, translations)
      .units.filter((u) => u.state === "stale")
      .map((u) => u.key),
  );
  return {
    ...translations,
    cities: translations.cities.map((file) => ({
      ...file,
      cityTexts: stale.has(`city:${file.city}`) ? undefined : file.cityTexts,
      offers: Object.fromEntries(Object.entries(file.offers).filter(([slug]) => !stale.has(`offer:${slug}`))),
    })),
  };
}

type OfferTranslationRow = {
  offerId: string;
  locale: string;
  name: string;
  summary: string;
  description: string | null;
  costNote: string | null;
  contactRoles: Record<string, string>;
  sourceFingerprint: string;
  reviewed: boolean;
};

// An existing row is replaced by a newer machine translation (made from the German as it is
// now: see loadSeedTranslations) only while no person has touched it: unreviewed, and never
// updated since it was created (a staff edit moves updated_at). So an install from before
// the full translations gets them, and a corrected or reviewed text is never overwritten.
async function replaceOutdatedMachineTranslations(db: DatabaseClient, locale: string, rows: OfferTranslationRow[]): Promise<number> {
  const existing = await db.offerTranslation.findMany({
    where: { locale, offerId: { in: rows.map((r) => r.offerId) }, reviewed: false },
    select: { id: true, offerId: true, sourceFingerprint: true, createdAt: true, updatedAt: true },
  });
  const byOffer = new Map(rows.map((r) => [r.offerId, r]));
  let replaced = 0;
  for (const row of existing) {
    const next = byOffer.get(row.offerId);
    const untouched = Math.abs(row.updatedAt.getTime() - row.createdAt.getTime()) < 1000;
    if (!next || !untouched || row.sourceFingerprint === next.sourceFingerprint) continue;
    const { offerId: _offerId, locale: _locale, ...texts } = next;
    // Same instant for both, so the row still counts as untouched by a person.
    const now = new Date();
    await db.offerTranslation.update({ where: { id: row.id }, data: { ...texts, createdAt: now, updatedAt: now } });
    replaced += 1;
  }
  return replaced;
}

export async function loadSeedTranslations(db: DatabaseClient, given: SeedLocaleTranslations[], seed: SeedData): Promise<number> {
  const all = given.map((t) => withoutStale(seed, t));
  let added = await loadTerms(
    db,
    all.flatMap((t) => (t.taxonomy ? [{ locale: t.locale, taxonomy: t.taxonomy }] : [])),
  );
  const offers = await db.offer.findMany({ select: { id: true, slug: true, ...offerSourceTextsSelect } });
  const offerIds = new Map(offers.map((o) => [o.slug, o.id]));
  // A seed translation is only ever written for the German as the database has it now: once
  // staff have changed an offer's German, the seed's translation of the old text is wrong.
  const germanNow = new Map(offers.map((o) => [o.slug, fingerprint(toOfferSourceTexts(o))]));
  const cities = await db.city.findMany({ select: { id: true, slug: true, translations: true } });
  for (const { locale, cities: files } of all) {
    const rows: OfferTranslationRow[] = files.flatMap((file) =>
      Object.entries(file.offers)
        .filter(([slug, t]) => offerIds.has(slug) && germanNow.get(slug) === t.source)
        .map(([slug, t]) => ({
          offerId: offerIds.get(slug)!,
          locale,
          name: t.name,
          summary: t.summary,
          description: t.description ?? null,
          costNote: t.costNote ?? null,
          contactRoles: t.roles ?? {},
          sourceFingerprint: t.source,
          reviewed: false,
        })),
    );
    added += (await db.offerTranslation.createMany({ data: rows, skipDuplicates: true })).count;
    added += await replaceOutdatedMachineTranslations(db, locale, rows);
    for (const file of files) {
      const city = cities.find((c) => c.slug === file.city);
      const current = { ...((city?.translations as CityTranslations | null) ?? {}) };
      if (!city || !file.cityTexts || current[locale]) continue;
      const { source, ...texts } = file.cityTexts;
      const present = Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>;
      current[locale] = { ...present, sourceFingerprint: source, reviewed: false };
      city.translations = current;
      await db.city.update({ where: { id: city.id }, data: { translations: current } });
      added += 1;
    }
  }
  return added;
}
