import type { DatabaseClient } from "@/lib/database/client";
import { loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import type { SeedData } from "@/lib/seed/read-files";

// Several test files need the real seed data in the shared integration database and
// run in no fixed order: the first one loads it, the others find it there. Other files'
// own rows (unique slugs) do not count as "seeded", so the check looks for a seeded city.
export async function ensureSeedData(db: DatabaseClient): Promise<SeedData> {
  const data = await readSeedData();
  const firstCity = data.cities[0]!.city.slug;
  if ((await db.city.count({ where: { slug: firstCity } })) === 0) await loadSeedData(db, data);
  return data;
}
