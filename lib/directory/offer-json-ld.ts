import { groupWeeklyHours } from "./opening-hours";
import type { HoursException } from "./opening-hours";
import type { OfferDetail, Term } from "./types";

/** Texts as plain strings: the caller picks the language (the page's, or the German fallback). */
export type OfferJsonLdOffer = Pick<
  OfferDetail,
  | "street"
  | "postcode"
  | "locality"
  | "latitude"
  | "longitude"
  | "phone"
  | "email"
  | "website"
  | "languages"
  | "city"
  | "provider"
  | "openingHours"
> & { name: string; summary: string; type: Term };

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

const SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

// schema.org has no "24:00"; 23:59 is the convention search engines document for "until midnight".
const toSchemaTime = (time: string) => (time === "24:00" ? "23:59" : time);

function compact(object: { [key: string]: JsonLdValue | null | undefined }): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as JsonLd;
}

export function toOpeningHoursSpecification(hours: OfferDetail["openingHours"]): JsonLd[] {
  return groupWeeklyHours(hours).flatMap((row) => {
    const days = row.days.flatMap((span) =>
      Array.from({ length: span.to - span.from + 1 }, (_, i) => `https://schema.org/${SCHEMA_DAYS[span.from + i - 1]}`),
    );
    return row.ranges.map((range) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: days,
      opens: range.opens,
      closes: toSchemaTime(range.closes),
    }));
  });
}

// A closed day is opens = closes = 00:00 with validFrom/validThrough, as schema.org's own examples do.
export function toSpecialOpeningHours(exceptions: HoursException[]): JsonLd[] {
  return exceptions
    .filter((e) => e.closed || (e.opens && e.closes))
    .map((e) => ({
      "@type": "OpeningHoursSpecification",
      validFrom: e.date,
      validThrough: e.date,
      opens: e.closed ? "00:00" : e.opens!,
      closes: e.closed ? "00:00" : toSchemaTime(e.closes!),
    }));
}

/**
 * The offer as a schema.org GovernmentService; where it has an address, the place is a
 * CivicStructure with the opening hours, and phone and e-mail sit on the service's ContactPoint.
 */
export function buildOfferJsonLd(offer: OfferJsonLdOffer, exceptions: HoursException[], pageUrl: string): JsonLd {
  const hours = toOpeningHoursSpecification(offer.openingHours);
  const special = toSpecialOpeningHours(exceptions);
  const hasAddress = Boolean(offer.street || offer.postcode || offer.locality);
  const location = hasAddress
    ? compact({
        "@type": "CivicStructure",
        name: offer.name,
        address: compact({
          "@type": "PostalAddress",
          streetAddress: offer.street,
          postalCode: offer.postcode,
          addressLocality: offer.locality,
          addressCountry: "DE",
        }),
        geo:
          offer.latitude !== null && offer.longitude !== null
            ? { "@type": "GeoCoordinates", latitude: offer.latitude, longitude: offer.longitude }
            : null,
        telephone: offer.phone,
        openingHoursSpecification: hours,
        specialOpeningHoursSpecification: special,
      })
    : null;
  const contactPoint =
    offer.phone || offer.email
      ? compact({
          "@type": "ContactPoint",
          telephone: offer.phone,
          email: offer.email,
          availableLanguage: offer.languages,
          hoursAvailable: hours,
        })
      : null;
  return compact({
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "@id": pageUrl,
    url: pageUrl,
    name: offer.name,
    description: offer.summary,
    serviceType: offer.type.name,
    areaServed: { "@type": "City", name: offer.city.name },
    provider: offer.provider ? compact({ "@type": "Organization", name: offer.provider.name, url: offer.provider.website }) : null,
    hoursAvailable: hours,
    availableChannel: compact({
      "@type": "ServiceChannel",
      serviceUrl: offer.website ?? pageUrl,
      servicePhone: contactPoint,
      serviceLocation: location,
      availableLanguage: offer.languages,
    }),
  });
}

/** JSON for a <script type="application/ld+json">: no "<" (or other HTML-significant character) can end the script early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
