import { licence } from "./licence";

// A DCAT-AP.de description of the dataset (JSON-LD), so open-data portals such as
// GovData can harvest it from the open-data page.

export type DcatInput = {
  siteUrl: string;
  locale: string;
  title: string;
  description: string;
  publisher: string;
  lastModified: Date;
};

const fileType = (code: string) => ({ "@id": `http://publications.europa.eu/resource/authority/file-type/${code}` });
const mediaType = (type: string) => ({ "@id": `https://www.iana.org/assignments/media-types/${type}` });

export function buildDcatDataset(input: DcatInput) {
  const api = `${input.siteUrl}/api/hsds`;
  const text = (value: string) => ({ "@value": value, "@language": input.locale });
  const modified = { "@value": input.lastModified.toISOString(), "@type": "xsd:dateTime" };
  const hsds = { "@id": "https://docs.openreferral.org/en/v3.0/" };
  const distribution = (title: string, url: string, format: string, type: string, download: boolean) => ({
    "@type": "dcat:Distribution",
    "dct:title": text(title),
    "dcat:accessURL": { "@id": url },
    ...(download ? { "dcat:downloadURL": { "@id": url } } : {}),
    "dct:format": fileType(format),
    "dcat:mediaType": mediaType(type),
    "dct:license": { "@id": licence.dcatUri },
    "dcatde:licenseAttributionByText": input.publisher,
    "dct:modified": modified,
    "dct:conformsTo": hsds,
  });
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      dcatde: "http://dcat-ap.de/def/dcatde/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": `${input.siteUrl}/${input.locale}/open-data#dataset`,
    "@type": "dcat:Dataset",
    "dct:title": text(input.title),
    "dct:description": text(input.description),
    "dct:publisher": { "@type": "foaf:Organization", "foaf:name": input.publisher },
    "dct:modified": modified,
    "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/DEU" },
    "dcat:theme": { "@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI" },
    "dct:license": { "@id": licence.dcatUri },
    "dcatde:licenseAttributionByText": input.publisher,
    "dcat:landingPage": { "@id": `${input.siteUrl}/${input.locale}/open-data` },
    "dct:conformsTo": hsds,
    "dcat:distribution": [
      distribution("HSDS JSON", `${api}/export.json`, "JSON", "application/json", true),
      distribution("CSV", `${api}/export.csv`, "CSV", "text/csv", true),
      distribution("HSDS API (OpenAPI 3.1)", `${api}/openapi.json`, "JSON", "application/json", false),
    ],
  };
}
