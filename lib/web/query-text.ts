// Free text from a URL (search words): PostgreSQL text cannot hold a NUL byte, and no
// control character means anything in a query, so all of them become spaces.
const controlOrSpace = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** The text as the search sees it: NFC, control characters and runs of white space as one space, trimmed. */
export function normaliseQueryText(raw: string): string {
  return raw.normalize("NFC").replace(controlOrSpace, " ").trim();
}
