// A machine translation may say the German differently but may not add a fact:
// every number, date, web or mail address, and every name written in Latin
// letters in a non-Latin script must occur in the German it was made from (or be
// a glossary term kept as it is). Names in Latin-script translations are checked
// where they carry German letters (ä ö ü ß), which is where invented ones show.

// Letters that mark a German word in each Latin-script locale (Turkish has its own ö
// and ü; Leichte Sprache is German, so only numbers and addresses are checked there).
const germanLetters: Record<string, RegExp | null> = { en: /[ÄÖÜäöüß]/, pl: /[ÄÖÜäöüß]/, tr: /[Ääß]/, "de-x-ls": null };

function digitGroups(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

function addresses(text: string): string[] {
  return text.match(/(?:https?:\/\/|www\.)[^\s)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi) ?? [];
}

function latinWords(text: string): string[] {
  return text.match(/[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/g) ?? [];
}

function trimAddress(address: string): string {
  return address.replace(/[.,;:]+$/, "").toLowerCase();
}

export type FactProblem = { kind: "number" | "address" | "name"; value: string };

export function findNewFacts(german: string, translation: string, locale: string, glossary: string[] = []): FactProblem[] {
  const problems: FactProblem[] = [];
  const germanNumbers = new Set(digitGroups(german));
  for (const n of new Set(digitGroups(translation))) if (!germanNumbers.has(n)) problems.push({ kind: "number", value: n });
  const germanAddresses = german.toLowerCase();
  for (const a of new Set(addresses(translation).map(trimAddress))) {
    if (!germanAddresses.includes(a)) problems.push({ kind: "address", value: a });
  }
  const known = `${german}\n${glossary.join("\n")}`.toLowerCase();
  const withoutAddresses = addresses(translation).reduce((text, a) => text.replace(a, " "), translation);
  const words = latinWords(withoutAddresses).filter((w) => w.length > 1);
  const marker = locale in germanLetters ? germanLetters[locale] : undefined;
  const suspicious = marker === undefined ? words : marker === null ? [] : words.filter((w) => marker.test(w));
  for (const w of new Set(suspicious)) if (!known.includes(w.toLowerCase())) problems.push({ kind: "name", value: w });
  return problems;
}
