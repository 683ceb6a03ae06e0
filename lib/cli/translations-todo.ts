import { readSeedData } from "@/lib/seed/read-files";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import { measureCoverage } from "@/lib/seed/translation-coverage";
import { translationLocales } from "@/lib/seed/translation-schema";
import { cityTexts } from "@/lib/seed/translation-units";
import { toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import { fingerprint } from "@/lib/translation/source-fingerprint";

// `npm run translations:todo -- <locale> [city]`: prints, as JSON, the German texts
// of every city and offer whose translation is missing or stale, each with the
// fingerprint to copy into the translation file as `source`.
const [locale, citySlug] = process.argv.slice(2);
if (!translationLocales.includes(locale as never)) {
  console.error(`usage: translations:todo <${translationLocales.join("|")}> [city slug]`);
  process.exit(2);
}
const data = await readSeedData();
const translations = (await readSeedTranslations()).find((t) => t.locale === locale)!;
const coverage = measureCoverage(data, translations);
const todo: Record<string, { city?: unknown; offers: Record<string, unknown> }> = {};
for (const unit of coverage.units) {
  if (unit.state === "current" || (citySlug && unit.city !== citySlug)) continue;
  const file = data.cities.find((c) => c.city.slug === unit.city)!;
  const entry = (todo[unit.city] ??= { offers: {} });
  if (unit.key.startsWith("city:")) {
    const texts = cityTexts(file);
    entry.city = { state: unit.state, source: fingerprint(texts), german: texts };
  } else {
    const offer = file.offers.find((o) => `offer:${o.slug}` === unit.key)!;
    const texts = toOfferSourceTexts(offer);
    entry.offers[offer.slug] = { state: unit.state, source: fingerprint(texts), german: texts };
  }
}
console.log(JSON.stringify({ locale, taxonomyMissing: coverage.taxonomyMissing, todo }, null, 2));
