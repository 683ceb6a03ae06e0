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

  it("takes every stated project period from the cited document, near the project's name", () => {
    const missing: string[] = [];
    for (const file of data.cities) {
      for (const offer of file.offers) {
        if (!offer.period) continue;
        const text = source(offer.sourceDocument);
        const at = text.indexOf(normalise(offer.name));
        // The project's own passage: from its name to a few pages on (the facts box follows the text).
        const passage = at < 0 ? "" : text.slice(Math.max(0, at - 2000), at + 12000);
        for (const stated of [offer.period.from, offer.period.until]) {
          const year = stated?.slice(0, 4);
          if (year && !passage.includes(year)) missing.push(`${offer.slug}: ${stated}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("names every partner of an offer in the offer's passage of its cited document", () => {
    // The text inflects names ("des Seniorenrates", "der Kirchlichen Sozialstation"): the
    // partner's rarest word in the document, without its last two letters, must occur there.
    const stem = (word: string) => normalise(word).slice(0, Math.max(4, normalise(word).length - 2));
    const count = (text: string, part: string) => text.split(part).length - 1;
    const missing: string[] = [];
    for (const file of data.cities) {
      const providers = new Map(file.providers.map((p) => [p.slug, p.name]));
      for (const offer of file.offers) {
        const text = source(offer.sourceDocument);
        const at = text.indexOf(normalise(offer.name));
        const passage = at < 0 ? "" : text.slice(Math.max(0, at - 2000), at + 12000);
        for (const partner of offer.partners ?? []) {
          const words = (providers.get(partner) ?? "").split(/[\s,()–-]+/).filter((w) => w.length >= 5);
          const rarest = words.map(stem).sort((a, b) => count(text, a) - count(text, b))[0];
          if (!rarest || !passage.includes(rarest)) missing.push(`${offer.slug}: ${partner}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every city's first contact a way to reach it", () => {
    const unreachable = data.cities.flatMap(({ city, offers }) => {
      if (!city.firstContact) return [];
      const offer = offers.find((o) => o.slug === city.firstContact);
      const reachable = offer && (offer.phone || offer.email || offer.contacts.some((c) => c.phone || c.email));
      return reachable ? [] : [city.slug];
    });
    expect(unreachable).toEqual([]);
  });

  it("repairs PDF hyphenation in addresses (tim.ranken-hohn → tim.rankenhohn)", () => {
    const emails = data.cities.flatMap((c) => c.offers.flatMap((o) => [o.email, ...o.contacts.map((x) => x.email)]));
    expect(emails).toContain("tim.rankenhohn@duesseldorf.de");
    expect(emails.filter((e) => e && /-\w*@/.test(e) && !/^[\w.]+-[\w.]+@/.test(e))).toEqual([]);
  });
});
