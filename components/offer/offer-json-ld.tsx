import { serializeJsonLd } from "@/lib/directory/offer-json-ld";
import type { JsonLd } from "@/lib/directory/offer-json-ld";

// serializeJsonLd escapes "<", so data can never close the script element.
export function OfferJsonLd({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
