// German numbers as printed ("0211-89-93577", "(0341) 123 45 67", "+49 30 …",
// "899 899 9") → E.164 for tel: links, which every phone can dial from anywhere.
// A number printed without area code gets the city's, and the result says so.

export type DialableNumber = { e164: string; areaCodeAdded: boolean };

const germanAreaCode = /^0[1-9]\d{1,4}$/;

export function toDialable(printed: string | null | undefined, areaCode: string | null | undefined): DialableNumber | null {
  if (!printed) return null;
  // "+49 (0)69 …": the bracketed trunk prefix is dialled only from within Germany.
  const trimmed = printed.trim().replace(/^(\+\d{1,3})\s*\(0\)/, "$1");
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 3) return null;
  if (trimmed.startsWith("+")) return { e164: `+${digits}`, areaCodeAdded: false };
  if (digits.startsWith("00")) return { e164: `+${digits.slice(2)}`, areaCodeAdded: false };
  if (digits.startsWith("0")) return digits.length >= 6 ? { e164: `+49${digits.slice(1)}`, areaCodeAdded: false } : null;
  if (!areaCode || !germanAreaCode.test(areaCode)) return null;
  return { e164: `+49${areaCode.slice(1)}${digits}`, areaCodeAdded: true };
}

/** The stored columns (offer and contact) derived from a printed number and the city's area code. */
export function toDialableColumns(printed: string | null | undefined, areaCode: string | null | undefined) {
  const dialable = toDialable(printed, areaCode);
  return { phoneDialable: dialable?.e164 ?? null, phoneAreaCodeAdded: dialable?.areaCodeAdded ?? false };
}
