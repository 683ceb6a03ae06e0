// The licence of the published dataset, as named by GovData (the German open-data portal).
export const licence = {
  name: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
  shortName: "dl-de/by-2-0",
  url: "https://www.govdata.de/dl-de/by-2-0",
  // The licence's identifier in the DCAT-AP.de vocabulary.
  dcatUri: "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
} as const;
