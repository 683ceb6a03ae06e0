import { describe, expect, it } from "vitest";
import { buildOfferVCard } from "./offer-vcard";
import type { OfferVCardOffer, OfferVCardText } from "./offer-vcard";
import { buildVCard, escapeVCardText, foldVCardLine } from "./vcard";

const unfold = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("escapeVCardText", () => {
  it("escapes backslashes, commas, semicolons and every kind of line break", () => {
    expect(escapeVCardText("a\\b, c; d\ne\r\nf\rg")).toBe("a\\\\b\\, c\\; d\\ne\\nf\\ng");
  });
});

describe("foldVCardLine", () => {
  it("leaves a short line alone", () => {
    expect(foldVCardLine("FN:Kurz")).toBe("FN:Kurz");
  });

  it("folds at 75 octets with CRLF and a space, and unfolds to the original", () => {
    const line = `NOTE:${"x".repeat(200)}`;
    const folded = foldVCardLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBe(3);
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    expect(physical.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("never splits a multi-byte character or an escape pair", () => {
    const line = `NOTE:${"ä\\,ß".repeat(40)}`;
    const physical = foldVCardLine(line).split("\r\n");
    for (const part of physical) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
      expect(part.trimStart().startsWith(",")).toBe(false);
      expect(/\\$/.test(part) && !/\\\\$/.test(part)).toBe(false);
    }
    expect(foldVCardLine(line).replace(/\r\n /g, "")).toBe(line);
  });
});

describe("buildVCard", () => {
  const card = buildVCard({
    name: "Zentrum plus Bilk; Diakonie, Düsseldorf",
    phones: ["0211 123456", " 0211 123456 ", ""],
    emails: ["bilk@example.org"],
    address: { street: "Musterstraße 1", postcode: "40225", locality: "Düsseldorf", country: "Deutschland" },
    urls: ["https://example.org/bilk?a=1,2"],
    note: "Zeile eins\nZeile zwei; mit Komma, und Backslash \\",
  });
  const lines = unfold(card);

  it("is a vCard 3.0 with CRLF line ends", () => {
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
    expect(card.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("escapes the name in FN and ORG", () => {
    expect(lines).toContain("FN:Zentrum plus Bilk\\; Diakonie\\, Düsseldorf");
    expect(lines).toContain("ORG:Zentrum plus Bilk\\; Diakonie\\, Düsseldorf");
  });

  it("lists each phone once, e-mail, structured address and URL", () => {
    expect(lines.filter((l) => l.startsWith("TEL"))).toEqual(["TEL;TYPE=WORK,VOICE:0211 123456"]);
    expect(lines).toContain("EMAIL;TYPE=INTERNET,WORK:bilk@example.org");
    expect(lines).toContain("ADR;TYPE=WORK:;;Musterstraße 1;Düsseldorf;;40225;Deutschland");
    expect(lines).toContain("URL:https://example.org/bilk?a=1,2");
  });

  it("keeps the note's line breaks as \\n", () => {
    expect(lines).toContain("NOTE:Zeile eins\\nZeile zwei\\; mit Komma\\, und Backslash \\\\");
  });

  it("leaves out what is unknown", () => {
    const bare = unfold(buildVCard({ name: "Nur Name", phones: [], emails: [], address: null, urls: [], note: null }));
    expect(bare).toEqual([
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:Nur Name;;;;",
      "FN:Nur Name",
      "ORG:Nur Name",
      "X-ABShowAs:COMPANY",
      "END:VCARD",
    ]);
  });

  it("strips line breaks smuggled into a URL", () => {
    const smuggled = unfold(
      buildVCard({ name: "X", phones: [], emails: [], address: null, urls: ["https://a.example/\r\nTEL:1"], note: null }),
    );
    expect(smuggled).toContain("URL:https://a.example/TEL:1");
    expect(smuggled.filter((l) => l.startsWith("TEL"))).toEqual([]);
  });
});

describe("buildOfferVCard", () => {
  const offer: OfferVCardOffer = {
    name: "Begegnungsstätte Prüftal",
    summary: "Offener Treff mit Mittagstisch.",
    street: "Teststraße 1",
    postcode: "40210",
    locality: "Prüftal",
    phone: null,
    phoneDialable: null,
    email: null,
    website: null,
    provider: { name: "AWO Prüftal" },
    contacts: [
      {
        name: "Erika Prüf",
        role: "Leitung",
        roleShown: { text: "Leitung", lang: "de", reviewed: true },
        department: null,
        phone: "0211 654321",
        phoneDialable: null,
        email: "erika@example.org",
        street: null,
        postcode: null,
        locality: null,
      },
    ],
  };
  const text: OfferVCardText = {
    pageUrl: "https://wegweiser.example/de/angebote/prueftal",
    country: "Deutschland",
    hoursRows: ["Montag–Freitag: 09:00 bis 12:00 Uhr"],
    labels: {
      provider: "Träger",
      hours: "Öffnungszeiten",
      contactPersons: "Ansprechpersonen",
      phone: "Telefon",
      email: "E-Mail",
      source: "Mehr",
    },
  };
  const lines = unfold(buildOfferVCard(offer, text));

  it("falls back to the contact persons' phone and e-mail when the offer has none", () => {
    expect(lines).toContain("TEL;TYPE=WORK,VOICE:0211 654321");
    expect(lines).toContain("EMAIL;TYPE=INTERNET,WORK:erika@example.org");
  });

  it("carries provider, hours, contact persons and the page in the note", () => {
    const note = lines.find((l) => l.startsWith("NOTE:"));
    expect(note).toBe(
      "NOTE:Offener Treff mit Mittagstisch.\\n\\nTräger: AWO Prüftal\\n\\nÖffnungszeiten:\\nMontag–Freitag: 09:00 bis 12:00 Uhr" +
        "\\n\\nAnsprechpersonen:\\nErika Prüf\\, Leitung\\, Telefon 0211 654321\\, E-Mail erika@example.org" +
        "\\n\\nMehr: https://wegweiser.example/de/angebote/prueftal",
    );
    expect(lines).toContain("URL:https://wegweiser.example/de/angebote/prueftal");
    expect(lines).toContain("ADR;TYPE=WORK:;;Teststraße 1;Prüftal;;40210;Deutschland");
  });

  it("prefers the offer's own phone, e-mail and website", () => {
    const own = unfold(buildOfferVCard({ ...offer, phone: "0211 1", email: "treff@example.org", website: "https://treff.example" }, text));
    expect(own.filter((l) => l.startsWith("TEL"))).toEqual(["TEL;TYPE=WORK,VOICE:0211 1"]);
    expect(own.filter((l) => l.startsWith("EMAIL"))).toEqual(["EMAIL;TYPE=INTERNET,WORK:treff@example.org"]);
    expect(own.filter((l) => l.startsWith("URL"))).toEqual(["URL:https://treff.example", `URL:${text.pageUrl}`]);
  });

  it("dials the E.164 form where the printed number lacks the area code", () => {
    const hotline = { ...offer, phone: "899 899 9", phoneDialable: "+492118998999" };
    const card = unfold(buildOfferVCard(hotline, text));
    expect(card.filter((l) => l.startsWith("TEL"))).toEqual(["TEL;TYPE=WORK,VOICE:+492118998999"]);
    const viaContact = {
      ...offer,
      contacts: offer.contacts.map((c) => ({ ...c, phone: "654321", phoneDialable: "+49211654321" })),
    };
    expect(unfold(buildOfferVCard(viaContact, text)).filter((l) => l.startsWith("TEL"))).toEqual(["TEL;TYPE=WORK,VOICE:+49211654321"]);
  });
});
