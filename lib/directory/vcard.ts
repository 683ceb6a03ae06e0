// vCard 3.0 (RFC 2426): the version every phone's contacts app imports, Android's included,
// which reads 4.0 poorly. Text escaping and line folding follow RFC 6350, which 3.0 readers accept.

export type VCardAddress = { street: string | null; postcode: string | null; locality: string | null; country: string | null };

export type VCardInput = {
  /** Shown as the contact's name; an offer is an organisation, so it is also the ORG. */
  name: string;
  phones: string[];
  emails: string[];
  address: VCardAddress | null;
  urls: string[];
  note: string | null;
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value: backslash, comma, semicolon and line breaks. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

// URIs are not TEXT (no escaping), but a control character would still break the line structure.
function sanitizeUri(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

/**
 * Folds a content line to at most 75 octets per physical line (CRLF plus one space before each
 * continuation), never inside a UTF-8 sequence or an escape pair, so every reader unfolds it exactly.
 */
export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder();
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const unit of units) {
    const size = encoder.encode(unit).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

export function buildVCard(input: VCardInput): string {
  const name = escapeVCardText(input.name);
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `N:${name};;;;`, `FN:${name}`, `ORG:${name}`, "X-ABShowAs:COMPANY"];
  for (const phone of unique(input.phones)) lines.push(`TEL;TYPE=WORK,VOICE:${escapeVCardText(phone)}`);
  for (const email of unique(input.emails)) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeVCardText(email)}`);
  if (input.address) {
    const { street, postcode, locality, country } = input.address;
    // ADR components: post office box; extended address; street; locality; region; postal code; country.
    const parts = ["", "", street, locality, "", postcode, country].map((part) => escapeVCardText(part ?? ""));
    lines.push(`ADR;TYPE=WORK:${parts.join(";")}`);
  }
  for (const url of unique(input.urls)) lines.push(`URL:${sanitizeUri(url)}`);
  if (input.note) lines.push(`NOTE:${escapeVCardText(input.note)}`);
  lines.push("END:VCARD");
  return lines.map(foldVCardLine).join(CRLF) + CRLF;
}
