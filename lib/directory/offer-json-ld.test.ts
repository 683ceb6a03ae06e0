import { describe, expect, it } from "vitest";
import { buildOfferJsonLd, serializeJsonLd } from "./offer-json-ld";
import type { OfferJsonLdOffer } from "./offer-json-ld";

const offer: OfferJsonLdOffer = {
  name: "zentrum plus Bilk",
  summary: "Treff und Beratung.",
  street: "Musterstraße 1",
  postcode: "40225",
  locality: "Düsseldorf",
  latitude: 51.2,
  longitude: 6.78,
  phone: "0211 123456",
  email: "bilk@example.org",
  website: null,
  languages: ["de", "tr"],
  type: { slug: "zentrum-plus", name: "zentrum plus" },
  city: { slug: "duesseldorf", name: "Düsseldorf" },
  provider: { name: "Diakonie Düsseldorf", kind: "WOHLFAHRTSVERBAND", umbrella: "DIAKONIE", website: "https://diakonie.example" },
  openingHours: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "12:00", note: null })),
    { weekday: 6, opens: "18:00", closes: "24:00", note: null },
  ],
};
const pageUrl = "https://wegweiser.example/de/angebote/zentrum-plus-bilk";

describe("buildOfferJsonLd", () => {
  const data = buildOfferJsonLd(offer, [{ date: "2025-12-24", closed: true, opens: null, closes: null, note: "Heiligabend" }], pageUrl);
  const channel = data.availableChannel as Record<string, Record<string, unknown>>;

  it("describes a GovernmentService with provider and page URL", () => {
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("GovernmentService");
    expect(data.url).toBe(pageUrl);
    expect(data.provider).toEqual({ "@type": "Organization", name: "Diakonie Düsseldorf", url: "https://diakonie.example" });
  });

  it("puts telephone and e-mail on the contact point and the address on the CivicStructure", () => {
    expect(channel.servicePhone).toMatchObject({ "@type": "ContactPoint", telephone: "0211 123456", email: "bilk@example.org" });
    expect(channel.serviceLocation).toMatchObject({
      "@type": "CivicStructure",
      telephone: "0211 123456",
      address: {
        "@type": "PostalAddress",
        streetAddress: "Musterstraße 1",
        postalCode: "40225",
        addressLocality: "Düsseldorf",
        addressCountry: "DE",
      },
    });
  });

  it("groups weekly hours into OpeningHoursSpecification and maps 24:00 to 23:59", () => {
    expect(channel.serviceLocation!.openingHoursSpecification).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map((d) => `https://schema.org/${d}`),
        opens: "09:00",
        closes: "12:00",
      },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["https://schema.org/Saturday"], opens: "18:00", closes: "23:59" },
    ]);
  });

  it("marks a closure day as special opening hours 00:00–00:00", () => {
    expect(channel.serviceLocation!.specialOpeningHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", validFrom: "2025-12-24", validThrough: "2025-12-24", opens: "00:00", closes: "00:00" },
    ]);
  });

  it("leaves out what is unknown instead of writing nulls", () => {
    const bare = buildOfferJsonLd(
      { ...offer, street: null, postcode: null, locality: null, phone: null, email: null, provider: null, openingHours: [], languages: [] },
      [],
      pageUrl,
    );
    expect(JSON.stringify(bare)).not.toContain("null");
    expect(bare.provider).toBeUndefined();
    expect(bare.hoursAvailable).toBeUndefined();
    expect(bare.availableChannel).toEqual({ "@type": "ServiceChannel", serviceUrl: pageUrl });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element and still parses to the same data", () => {
    const hostile = { name: "</script><script>alert(1)</script> & <!--", line: "a\u2028b" };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
