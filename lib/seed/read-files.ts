import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { seedCityFileSchema, seedTaxonomySchema } from "./schema";
import type { SeedCityFile, SeedTaxonomy } from "./schema";
import { findSeedReferenceErrors } from "./validate";

export const seedDataDir = path.join(process.cwd(), "prisma", "seed-data");

export type SeedData = { taxonomy: SeedTaxonomy; cities: SeedCityFile[] };

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

function describeIssues(file: string, issues: { path: PropertyKey[]; message: string }[]) {
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
  if (problems.length > 0) throw new Error(`Invalid seed data:\n${problems.join("\n")}`);
  return { taxonomy, cities };
}
