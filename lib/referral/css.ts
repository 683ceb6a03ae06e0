import { maxReferralOffers } from "./schema";
import { toReferralAnchor } from "./anchor";

// The reader's Merkliste on cached pages: components/referral-toggle-form.tsx renders the
// "add" and the "remove" button for every offer, and these rules (served per reader by
// app/api/ansicht) show the one that is true, or instead of "add" say that the list is
// full. Slugs come from the parsed cookie (lib/referral/slugs.ts: [a-z0-9-] only), so
// they are safe inside a selector.
export function buildReferralCss(slugs: string[], labels: { count: string; full: string }): string {
  const rules: string[] = [];
  if (slugs.length >= maxReferralOffers) {
    rules.push(
      ":root .referral-add { display: none; }",
      `:root .referral-toggle::after { display: block; content: ${toCssString(labels.full)}; color: var(--color-muted); }`,
    );
  }
  for (const slug of slugs) {
    if (!/^[a-z0-9-]+$/.test(slug)) continue;
    const scope = `:root #${toReferralAnchor(slug)}`;
    rules.push(
      `${scope} .referral-add { display: none; }`,
      `${scope} .referral-remove { display: inline-flex; }`,
      `${scope}::after { content: none; }`,
    );
  }
  // The header link's count, as generated content (part of the link's accessible name).
  rules.push(`:root .referral-count::before { content: ${toCssString(labels.count)}; }`);
  return rules.map((rule) => `${rule}\n`).join("");
}

// A CSS string literal: quotes, backslashes and line breaks escaped as code points.
export function toCssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
