import type { SeedCityFile, SeedTaxonomy } from "./schema";

// Cross-references zod cannot see: every slug an offer names must exist.
export function findSeedReferenceErrors(file: SeedCityFile, taxonomy: SeedTaxonomy): string[] {
  const errors: string[] = [];
  const known = {
    type: new Set(taxonomy.offerTypes.map((t) => t.slug)),
    handlungsfeld: new Set(taxonomy.handlungsfelder.map((t) => t.slug)),
    targetGroup: new Set(taxonomy.targetGroups.map((t) => t.slug)),
    accessibility: new Set(taxonomy.accessibilityFeatures.map((t) => t.slug)),
    district: new Set(file.city.districts.map((d) => d.slug)),
    provider: new Set(file.providers.map((p) => p.slug)),
  };
  const offerSlugs = new Set<string>();
  for (const offer of file.offers) {
    const where = `${file.city.slug}/${offer.slug}`;
    if (offerSlugs.has(offer.slug)) errors.push(`${where}: duplicate offer slug`);
    offerSlugs.add(offer.slug);
    if (!known.type.has(offer.type)) errors.push(`${where}: unknown type ${offer.type}`);
    if (offer.provider && !known.provider.has(offer.provider)) errors.push(`${where}: unknown provider ${offer.provider}`);
    for (const d of offer.districts) if (!known.district.has(d)) errors.push(`${where}: unknown district ${d}`);
    if (offer.wholeCity && offer.districts.length > 0) errors.push(`${where}: wholeCity with districts`);
    for (const h of offer.handlungsfelder) if (!known.handlungsfeld.has(h)) errors.push(`${where}: unknown Handlungsfeld ${h}`);
    for (const g of offer.targetGroups) if (!known.targetGroup.has(g)) errors.push(`${where}: unknown target group ${g}`);
    for (const p of offer.partners ?? []) if (!known.provider.has(p)) errors.push(`${where}: unknown partner ${p}`);
    if (offer.period?.from && offer.period.until && offer.period.from > offer.period.until)
      errors.push(`${where}: period ends before it starts`);
    for (const a of offer.accessibility) if (!known.accessibility.has(a)) errors.push(`${where}: unknown accessibility feature ${a}`);
  }
  for (const count of file.city.siteCounts)
    if (count.offerType && !known.type.has(count.offerType))
      errors.push(`${file.city.slug}: site count names unknown type ${count.offerType}`);
  if (file.city.firstContact && !offerSlugs.has(file.city.firstContact))
    errors.push(`${file.city.slug}: first contact ${file.city.firstContact} is not one of its offers`);
  const districtSlugs = new Set<string>();
  for (const d of file.city.districts) {
    if (districtSlugs.has(d.slug)) errors.push(`${file.city.slug}: duplicate district ${d.slug}`);
    districtSlugs.add(d.slug);
  }
  return errors;
}
