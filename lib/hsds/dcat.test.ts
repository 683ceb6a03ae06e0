import { describe, expect, it } from "vitest";
import { buildDcatDataset } from "./dcat";

describe("DCAT-AP.de description", () => {
  const dataset = buildDcatDataset({
    siteUrl: "https://wegweiser.example",
    locale: "de",
    title: "Angebote",
    description: "Beschreibung",
    publisher: "Seniorenwegweiser",
    lastModified: new Date("2025-05-06T07:08:09Z"),
  });

  it("describes a dcat:Dataset under the Datenlizenz Deutschland with its modification date", () => {
    expect(dataset["@type"]).toBe("dcat:Dataset");
    expect(dataset["dct:license"]).toEqual({ "@id": "http://dcat-ap.de/def/licenses/dl-by-de/2.0" });
    expect(dataset["dct:modified"]).toEqual({ "@value": "2025-05-06T07:08:09.000Z", "@type": "xsd:dateTime" });
    expect(dataset["dcat:landingPage"]).toEqual({ "@id": "https://wegweiser.example/de/open-data" });
    expect(dataset["@context"].dcatde).toBe("http://dcat-ap.de/def/dcatde/");
  });

  it("lists the JSON and CSV downloads and the API as distributions", () => {
    const distributions = dataset["dcat:distribution"];
    expect(distributions.map((d) => [d["dcat:accessURL"]["@id"], d["dct:format"]["@id"].split("/").at(-1)])).toEqual([
      ["https://wegweiser.example/api/hsds/export.json", "JSON"],
      ["https://wegweiser.example/api/hsds/export.csv", "CSV"],
      ["https://wegweiser.example/api/hsds/openapi.json", "JSON"],
    ]);
    expect(distributions.filter((d) => "dcat:downloadURL" in d)).toHaveLength(2);
  });
});
