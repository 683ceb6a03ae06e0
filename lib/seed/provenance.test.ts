import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SeedData } from "./read-files";
import { readSeedData } from "./read-files";

// The directory must never invent a phone number, an email or an address: every
// one in the seed data has to occur in the source document the record cites.
// Source text is PDF-extracted (words broken by hyphens and line breaks), so both
// sides are compared with spaces, hyphens, dashes and brackets removed.
const sourcesDir = process.env.SEED_SOURCES_DIR ?? path.resolve(process.cwd(), "..", "shared", "seeds");

function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\s\-–­()/.„“”"'‚‘’]/g, "")
      // The PDF lost its fi/fl ligatures as U+FFFD; treat all three alike.
      .replace(/fi|fl|ﬁ|ﬂ|\uFFFD/g, "#")
  );
}

const sources = new Map<string, string>();
function source(document: string): string {
  if (!sources.has(document)) sources.set(document, normalise(readFileSync(path.join(sourcesDir, document), "utf8")));
  return sources.get(document)!;
}

function host(url: string): string {
  return new URL(url).host.replace(/^www\./, "");
}

let data: SeedData;
beforeAll(async () => {
  data = await readSeedData();
});

describe("seed data provenance", () => {
  it("can read the source documents", () => {
    expect(existsSync(path.join(sourcesDir, "001_e3ff7fac7f41ba9f.txt")), `source documents expected in ${sourcesDir}`).toBe(true);
  });

  it("takes every offer name, email, phone, postcode and web host from the cited document", () => {
    const missing: string[] = [];
    for (const file of data.cities) {
      for (const offer of file.offers) {
        const text = source(offer.sourceDocument);
        const check = (label: string, value: string | null | undefined) => {
          if (value && !text.includes(normalise(value))) missing.push(`${offer.slug} ${label}: ${value}`);
        };
        check("name", offer.name);
        check("email", offer.email);
        check("phone", offer.phone);
        check("postcode", offer.address?.postcode);
        check("street", offer.address?.street);
        if (offer.website) check("website", host(offer.website));
        for (const contact of offer.contacts) {
          check("contact name", contact.name);
          check("contact email", contact.email);
          check("contact phone", contact.phone);
          check("contact postcode", contact.postcode);
          check("contact street", contact.street);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("takes every city's site counts from its document", () => {
    const missing: string[] = [];
    for (const { city } of data.cities) {
      const text = source(city.sourceDocument);
      for (const count of city.siteCounts) {
        if (!text.includes(normalise(String(count.count)))) missing.push(`${city.slug}: ${count.count} ${count.label}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("repairs PDF hyphenation in addresses (tim.ranken-hohn → tim.rankenhohn)", () => {
    const emails = data.cities.flatMap((c) => c.offers.flatMap((o) => [o.email, ...o.contacts.map((x) => x.email)]));
    expect(emails).toContain("tim.rankenhohn@duesseldorf.de");
    expect(emails.filter((e) => e && /-\w*@/.test(e) && !/^[\w.]+-[\w.]+@/.test(e))).toEqual([]);
  });
});
