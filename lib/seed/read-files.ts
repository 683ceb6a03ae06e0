import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { seedCityFileSchema, seedStadtteileSchema, seedTaxonomySchema } from "./schema";
import type { SeedCityFile, SeedStadtteile, SeedTaxonomy } from "./schema";
import { findSeedReferenceErrors } from "./validate";

export const seedDataDir = path.join(process.cwd(), "prisma", "seed-data");

export type SeedData = { taxonomy: SeedTaxonomy; cities: SeedCityFile[]; stadtteile: SeedStadtteile[] };

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

export function describeIssues(file: string, issues: { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => `${file}: ${i.path.map(String).join(".")}: ${i.message}`);
}

// Reads and validates every seed file; throws one error listing all problems.
export async function readSeedData(dir = seedDataDir): Promise<SeedData> {
  const problems: string[] = [];
  const taxonomyResult = seedTaxonomySchema.safeParse(await readJson(path.join(dir, "taxonomy.json")));
  if (!taxonomyResult.success) {
    throw new Error(describeIssues("taxonomy.json", taxonomyResult.error.issues).join("\n"));
  }
  const taxonomy = taxonomyResult.data;
  const names = (await readdir(path.join(dir, "cities"))).filter((n) => n.endsWith(".json")).sort();
  const cities: SeedCityFile[] = [];
  for (const name of names) {
    const result = seedCityFileSchema.safeParse(await readJson(path.join(dir, "cities", name)));
    if (!result.success) {
      problems.push(...describeIssues(name, result.error.issues));
      continue;
    }
    if (`${result.data.city.slug}.json` !== name) problems.push(`${name}: file name must be <city slug>.json`);
    problems.push(...findSeedReferenceErrors(result.data, taxonomy));
    cities.push(result.data);
  }
  const offerSlugs = new Map<string, string>();
  for (const file of cities) {
    for (const offer of file.offers) {
      const other = offerSlugs.get(offer.slug);
      if (other) problems.push(`offer slug ${offer.slug} used in ${other} and ${file.city.slug}`);
      offerSlugs.set(offer.slug, file.city.slug);
    }
  }
  const stadtteile = await readStadtteile(path.join(dir, "stadtteile"), cities, problems);
  if (problems.length > 0) throw new Error(`Invalid seed data:\n${problems.join("\n")}`);
  return { taxonomy, cities, stadtteile };
}

async function readStadtteile(dir: string, cities: SeedCityFile[], problems: string[]): Promise<SeedStadtteile[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const result: SeedStadtteile[] = [];
  for (const name of names) {
    const parsed = seedStadtteileSchema.safeParse(await readJson(path.join(dir, name)));
    if (!parsed.success) {
      problems.push(...describeIssues(`stadtteile/${name}`, parsed.error.issues));
      continue;
    }
    const city = cities.find((c) => c.city.slug === parsed.data.city);
    if (!city || `${parsed.data.city}.json` !== name) {
      problems.push(`stadtteile/${name}: names no city of the same file name`);
      continue;
    }
    const seen = new Set<string>();
    for (const [district, list] of Object.entries(parsed.data.districts)) {
      if (!city.city.districts.some((d) => d.slug === district)) problems.push(`stadtteile/${name}: unknown district ${district}`);
      for (const stadtteil of list) {
        if (seen.has(stadtteil)) problems.push(`stadtteile/${name}: ${stadtteil} listed twice`);
        seen.add(stadtteil);
      }
    }
    result.push(parsed.data);
  }
  return result;
}
