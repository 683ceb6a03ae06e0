// Id of an offer's Merkliste form: the redirect lands the reader back at the button they
// pressed, and the reader's stylesheet finds the form by it. Kept apart from slugs.ts
// (zod) because the client card list imports it.
export function toReferralAnchor(slug: string): string {
  return `merkliste-${slug}`;
}
