import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DatabaseClient } from "@/lib/database/client";
import { seedDataDir } from "./read-files";
import { seedTranslationFileSchema } from "./translation-schema";
import type { SeedTranslationFile } from "./translation-schema";

export async function readSeedTranslations(dir = path.join(seedDataDir, "translations")): Promise<SeedTranslationFile[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(names.map(async (name) => seedTranslationFileSchema.parse(JSON.parse(await readFile(path.join(dir, name), "utf8")))));
}

type TermTranslations = Record<string, { name: string; description?: string; reviewed: boolean }>;

// Adds machine translations that are missing and never overwrites one that exists:
// a translation a person has reviewed or corrected must survive every restart.
export async function loadSeedTranslations(db: DatabaseClient, files: SeedTranslationFile[]): Promise<number> {
  let added = 0;
  const taxonomies = [
    ["offerTypes", db.offerType],
    ["handlungsfelder", db.handlungsfeld],
    ["targetGroups", db.targetGroup],
    ["accessibilityFeatures", db.accessibilityFeature],
  ] as const;
  for (const [kind, delegate] of taxonomies) {
    // @ts-expect-error the four taxonomy delegates share findMany/update with these fields
    const terms: { id: string; slug: string; translations: TermTranslations }[] = await delegate.findMany({
      select: { id: true, slug: true, translations: true },
    });
    for (const term of terms) {
      const current = { ...(term.translations ?? {}) };
      let changed = false;
      for (const file of files) {
        const entry = file.taxonomy[kind][term.slug];
        if (!entry || current[file.locale]) continue;
        current[file.locale] = { ...entry, reviewed: false };
        changed = true;
        added += 1;
      }
      // @ts-expect-error see above
      if (changed) await delegate.update({ where: { id: term.id }, data: { translations: current } });
    }
  }
  const offers = await db.offer.findMany({ select: { id: true, slug: true } });
  const bySlug = new Map(offers.map((o) => [o.slug, o.id]));
  for (const file of files) {
    const rows = Object.entries(file.offers)
      .filter(([slug]) => bySlug.has(slug))
      .map(([slug, t]) => ({ offerId: bySlug.get(slug)!, locale: file.locale, name: t.name ?? null, summary: t.summary, reviewed: false }));
    const result = await db.offerTranslation.createMany({ data: rows, skipDuplicates: true });
    added += result.count;
  }
  return added;
}
