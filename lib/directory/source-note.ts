// A division's source note as staff wrote it carries internal remarks ("; nicht aus den
// Quelldokumenten", the file a project area came from). Readers see the source only.
const internalRemarks = [
  /;\s*nicht aus den Quelldokumenten/gi,
  /\s*\(\d{3}_[0-9a-f]{16}\.txt\)/gi,
  /;\s*keine vollständige Gliederung der Stadt/gi,
];

export function toPublicSourceNote(note: string | null): string | null {
  if (note === null) return null;
  const shown = internalRemarks.reduce((text, remark) => text.replace(remark, ""), note).trim();
  return shown === "" ? null : shown;
}
