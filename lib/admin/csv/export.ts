import { stringify } from "csv-stringify/sync";
import { escapeCell } from "./cells";
import { exportColumns } from "./schema";
import type { CsvColumn } from "./schema";

// The admin CSV export: the import's own format, so an exported file can be edited
// in a spreadsheet and imported again. Semicolons and a byte order mark, because
// that is what German spreadsheet programs open correctly with a double click.

export type ExportOffer = {
  id: string;
  version: number;
  slug: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  citySlug: string;
  providerSlug: string | null;
  typeSlug: string;
  servesWholeCity: boolean;
  name: string;
  summary: string;
  description: string;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  lastVerifiedAt: Date | null;
};

function toCells(offer: ExportOffer): Record<CsvColumn, string> {
  const text = (value: string | null) => escapeCell(value ?? "");
  return {
    id: offer.id,
    version: String(offer.version),
    slug: offer.slug,
    status: offer.status,
    city: offer.citySlug,
    provider: offer.providerSlug ?? "",
    type: offer.typeSlug,
    whole_city: offer.servesWholeCity ? "ja" : "nein",
    name: text(offer.name),
    summary: text(offer.summary),
    description: text(offer.description),
    street: text(offer.street),
    postcode: text(offer.postcode),
    locality: text(offer.locality),
    phone: text(offer.phone),
    email: text(offer.email),
    website: text(offer.website),
    last_verified: offer.lastVerifiedAt ? offer.lastVerifiedAt.toISOString().slice(0, 10) : "",
  };
}

export function serializeOffersCsv(offers: ExportOffer[]): string {
  // csv-stringify does not quote line breaks on its own when records end in CRLF.
  return stringify(offers.map(toCells), {
    header: true,
    columns: [...exportColumns],
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
  });
}
