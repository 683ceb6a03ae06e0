import type { Locale } from "@/lib/i18n/routing";
import type { TaxonomyKey } from "./types";

// Texts of the open-data API itself (not of the web pages, which use messages/*.json).
type ApiTexts = {
  taxonomies: Record<TaxonomyKey, { name: string; description: string }>;
  providerKinds: Record<string, string>;
  provider: (kind: string, umbrella: string | null) => string;
  freeOfCharge: string;
  wholeCity: (city: string) => string;
  district: (city: string) => string;
};

const umbrellas: Record<string, string> = {
  AWO: "AWO",
  CARITAS: "Caritas",
  DIAKONIE: "Diakonie",
  DRK: "DRK",
  ASB: "ASB",
  PARITAETISCHER: "Der Paritätische",
  ZWST: "ZWST",
};

const de: ApiTexts = {
  taxonomies: {
    "offer-type": { name: "Angebotsarten", description: "Art des Angebots, z. B. Seniorenbüro oder Begegnungsstätte." },
    handlungsfeld: {
      name: "Handlungsfelder",
      description: "Die vier Handlungsfelder der Landesarbeitsgemeinschaft Seniorenbüros NRW (LaS NRW).",
    },
    "target-group": { name: "Zielgruppen", description: "Menschen, an die sich das Angebot besonders richtet." },
    accessibility: { name: "Barrierefreiheit", description: "Merkmale der Barrierefreiheit des Ortes." },
  },
  providerKinds: {
    KOMMUNE: "Kommune",
    WOHLFAHRTSVERBAND: "Wohlfahrtsverband",
    VEREIN: "Verein",
    KIRCHE: "Kirche",
    STIFTUNG: "Stiftung",
    GENOSSENSCHAFT: "Genossenschaft",
    UNTERNEHMEN: "Unternehmen",
    SONSTIGE: "Sonstiger Träger",
  },
  provider: (kind, umbrella) => `Träger: ${de.providerKinds[kind] ?? kind}${umbrella ? ` (${umbrellas[umbrella] ?? umbrella})` : ""}`,
  freeOfCharge: "kostenlos",
  wholeCity: (city) => `Ganze Stadt ${city}`,
  district: (city) => `Stadtbezirk in ${city}`,
};

const en: ApiTexts = {
  taxonomies: {
    "offer-type": { name: "Types of service", description: "Kind of service, e.g. senior office or meeting place." },
    handlungsfeld: {
      name: "Fields of action",
      description: "The four fields of action of the LaS NRW (association of senior offices in North Rhine-Westphalia).",
    },
    "target-group": { name: "Target groups", description: "People the service is meant for in particular." },
    accessibility: { name: "Accessibility", description: "Accessibility features of the place." },
  },
  providerKinds: {
    KOMMUNE: "Municipality",
    WOHLFAHRTSVERBAND: "Welfare association",
    VEREIN: "Association",
    KIRCHE: "Church",
    STIFTUNG: "Foundation",
    GENOSSENSCHAFT: "Cooperative",
    UNTERNEHMEN: "Company",
    SONSTIGE: "Other provider",
  },
  provider: (kind, umbrella) => `Provider: ${en.providerKinds[kind] ?? kind}${umbrella ? ` (${umbrellas[umbrella] ?? umbrella})` : ""}`,
  freeOfCharge: "free of charge",
  wholeCity: (city) => `All of ${city}`,
  district: (city) => `District of ${city}`,
};

export function apiTexts(locale: Locale): ApiTexts {
  return locale === "en" ? en : de;
}
