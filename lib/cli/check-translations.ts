import { readSeedData } from "@/lib/seed/read-files";
import { readGlossary, readSeedTranslations } from "@/lib/seed/read-translations";
import { coveragePercent, measureCoverage } from "@/lib/seed/translation-coverage";
import { findTranslationFacts } from "@/lib/seed/translation-review";

// `npm run translations:check`: validates the seed translation files, prints the
// coverage per locale and every number, address or name a translation adds.
// Exits 1 on an added fact or an entry that matches nothing; `--strict` also on
// anything below 100 %.
const strict = process.argv.includes("--strict");
const data = await readSeedData();
const glossary = await readGlossary();
let failed = false;
for (const translations of await readSeedTranslations()) {
  const coverage = measureCoverage(data, translations);
  const count = (state: string) => coverage.units.filter((u) => u.state === state).length;
  const percent = coveragePercent(coverage);
  console.log(
    `${translations.locale}: ${percent} % (${count("current")} of ${coverage.units.length} texts current, ${count("partial")} summary only, ${count("stale")} stale, ${count("missing")} missing; taxonomy ${coverage.taxonomyTotal - coverage.taxonomyMissing.length}/${coverage.taxonomyTotal})`,
  );
  for (const key of coverage.unknown) console.log(`  unknown entry: ${key}`);
  const facts = findTranslationFacts(data, translations, glossary);
  for (const p of facts) console.log(`  ${p.key} ${p.field}: ${p.kind} "${p.value}" is not in the German`);
  if (coverage.unknown.length > 0 || facts.length > 0 || (strict && percent < 100)) failed = true;
}
process.exit(failed ? 1 : 0);
