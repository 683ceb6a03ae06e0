import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readSeedData, seedDataDir } from "@/lib/seed/read-files";
import { seedTranslationFileSchema } from "@/lib/seed/translation-schema";

// `npx tsx lib/cli/check-translations.ts`: validates the seed translation files
// and lists what each one is missing.
const data = await readSeedData();
const dir = path.join(seedDataDir, "translations");
const offerSlugs = data.cities.flatMap((c) => c.offers.map((o) => o.slug));
let failed = false;
for (const name of (await readdir(dir)).filter((n) => n.endsWith(".json")).sort()) {
  const parsed = seedTranslationFileSchema.safeParse(JSON.parse(await readFile(path.join(dir, name), "utf8")));
  if (!parsed.success) {
    failed = true;
    console.log(`${name}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    continue;
  }
  const file = parsed.data;
  if (`${file.locale}.json` !== name) {
    failed = true;
    console.log(`${name}: locale ${file.locale} does not match the file name`);
  }
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const kind of ["offerTypes", "handlungsfelder", "targetGroups", "accessibilityFeatures"] as const) {
    const slugs = data.taxonomy[kind].map((t) => t.slug);
    for (const slug of slugs) if (!file.taxonomy[kind][slug]) missing.push(`${kind}.${slug}`);
    for (const slug of Object.keys(file.taxonomy[kind])) if (!slugs.includes(slug)) unknown.push(`${kind}.${slug}`);
  }
  for (const slug of Object.keys(file.offers)) if (!offerSlugs.includes(slug)) unknown.push(`offers.${slug}`);
  const offersMissing = offerSlugs.filter((s) => !file.offers[s]).length;
  if (unknown.length) failed = true;
  console.log(
    `${name}: taxonomy missing ${missing.length ? missing.join(", ") : "none"}; unknown keys ${unknown.length ? unknown.join(", ") : "none"}; offer summaries ${offerSlugs.length - offersMissing}/${offerSlugs.length}`,
  );
}
process.exit(failed ? 1 : 0);
