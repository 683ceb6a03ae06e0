// The five documents the directory's data comes from (../shared/seeds), cited the way a
// reader can look them up: who published what. None of them prints a year, so none is
// given. The file name stays in the record, for staff and the HSDS export.

export type SourceDocument = { title: string; publisher: string | null };

const documents: Record<string, SourceDocument> = {
  "000_abb79359de9a42c0.txt": {
    title: "Seniorenbüros in NRW zeigen Profil",
    publisher: "Landesarbeitsgemeinschaft Seniorenbüros NRW (LaS NRW)",
  },
  // Prints no title of its own: what it is, in the reader's words.
  "001_e3ff7fac7f41ba9f.txt": { title: "Städteprofile: Seniorenarbeit in 14 Großstädten", publisher: null },
  // Drawn up by the Seniorenrat with the Amt für Soziales (its foreword); no title page.
  "002_f0e1c27eb8866a06.txt": {
    title: "Handlungsempfehlungen gegen Altersarmut und Alterseinsamkeit",
    publisher: "Seniorenrat der Landeshauptstadt Düsseldorf mit dem Amt für Soziales",
  },
  "003_5ce88781380988ae.txt": {
    title: "Vielfalt leben. Anregungen und Praxisbeispiele für das Älterwerden und Teilhaben im Quartier (DStGB Dokumentation No 150)",
    publisher:
      "Deutscher Städte- und Gemeindebund (DStGB), Netzwerk: Soziales neu gestalten (SONG) e. V., Kuratorium Deutsche Altershilfe (KDA)",
  },
  "004_b05c73bd3200e400.txt": {
    title: "Gestärkte Altenhilfe durch Quartiersmanagement (Antrag P 9)",
    publisher: "AWO Landesverband Schleswig-Holstein e. V.",
  },
};

/** The citation of a known document ("Publisher: Title"); anything else as staff entered it. */
export function citeSourceDocument(document: string): string {
  const known = documents[document];
  if (!known) return document;
  return known.publisher ? `${known.publisher}: ${known.title}` : known.title;
}
