// The "?ergebnis=" the Träger and Bezirke actions redirect with; anything else shows nothing.
const outcomes = { angelegt: "created", gespeichert: "saved" } as const;

export type MasterDataOutcome = (typeof outcomes)[keyof typeof outcomes];

export function readMasterDataOutcome(value: string | string[] | undefined): MasterDataOutcome | null {
  return value === "angelegt" || value === "gespeichert" ? outcomes[value] : null;
}
