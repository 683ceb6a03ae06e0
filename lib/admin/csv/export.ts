import { writeCsv } from "@/lib/csv/write";
import { exportColumns } from "./schema";
import type { CsvColumn } from "./schema";

// The admin CSV export: the import's own format, so an exported file can be edited
// in a spreadsheet and imported again. Semicolons, because that is what German
// spreadsheet programs split correctly with a double click; the writer escapes formulas.

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
  return {
    id: offer.id,
    version: String(offer.version),
    slug: offer.slug,
    status: offer.status,
    city: offer.citySlug,
    provider: offer.providerSlug ?? "",
    type: offer.typeSlug,
    whole_city: offer.servesWholeCity ? "ja" : "nein",
    name: offer.name,
    summary: offer.summary,
    description: offer.description,
    street: offer.street ?? "",
    postcode: offer.postcode ?? "",
    locality: offer.locality ?? "",
    phone: offer.phone ?? "",
    email: offer.email ?? "",
    website: offer.website ?? "",
    last_verified: offer.lastVerifiedAt ? offer.lastVerifiedAt.toISOString().slice(0, 10) : "",
  };
}

export function serializeOffersCsv(offers: ExportOffer[]): string {
  return writeCsv(offers.map(toCells), { columns: exportColumns, delimiter: ";" });
}
