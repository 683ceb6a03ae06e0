import { writeCsv } from "@/lib/csv/write";
import { csvTextFields, offerTextFields } from "../offers/fields";
import type { CsvTextColumn, OfferCsvTextValues } from "../offers/fields";
import { exportColumns } from "./schema";
import type { CsvColumn } from "./schema";

// The admin CSV export: the import's own format, so an exported file can be edited
// in a spreadsheet and imported again. Semicolons, because that is what German
// spreadsheet programs split correctly with a double click; the writer escapes formulas.

export type ExportOffer = OfferCsvTextValues & {
  id: string;
  version: number;
  slug: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  citySlug: string;
  providerSlug: string | null;
  typeSlug: string;
  servesWholeCity: boolean;
  lastVerifiedAt: Date | null;
};

function toCells(offer: ExportOffer): Record<CsvColumn, string> {
  const texts: Record<string, unknown> = offer;
  return {
    id: offer.id,
    version: String(offer.version),
    slug: offer.slug,
    status: offer.status,
    city: offer.citySlug,
    provider: offer.providerSlug ?? "",
    type: offer.typeSlug,
    whole_city: offer.servesWholeCity ? "ja" : "nein",
    ...(Object.fromEntries(csvTextFields(offerTextFields).map((spec) => [spec.csv, (texts[spec.name] as string | null) ?? ""])) as Record<
      CsvTextColumn<typeof offerTextFields>,
      string
    >),
    last_verified: offer.lastVerifiedAt ? offer.lastVerifiedAt.toISOString().slice(0, 10) : "",
  };
}

export function serializeOffersCsv(offers: ExportOffer[]): string {
  return writeCsv(offers.map(toCells), { columns: exportColumns, delimiter: ";" });
}
