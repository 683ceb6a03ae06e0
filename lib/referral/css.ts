import { maxReferralOffers } from "./schema";

// The reader's Merkliste on cached pages: components/referral-toggle.tsx renders the
// "add" and "remove" button and the "list is full" note for every offer, and these rules
// (served per reader by app/api/ansicht) show the one that is true. Slugs come from the
// parsed cookie (lib/referral/slugs.ts: [a-z0-9-] only), so they are safe inside a selector.
export function buildReferralCss(slugs: string[], countLabel: string): string {
  const rules: string[] = [];
  if (slugs.length >= maxReferralOffers) {
    rules.push(":root .referral-add { display: none; }", ":root .referral-full { display: block; }");
  }
  for (const slug of slugs) {
    if (!/^[a-z0-9-]+$/.test(slug)) continue;
    const scope = `:root [data-referral="${slug}"]`;
    rules.push(`${scope} .referral-add, ${scope} .referral-full { display: none; }`, `${scope} .referral-remove { display: inline-flex; }`);
  }
  // The header link's count, as generated content (part of the link's accessible name).
  rules.push(`:root .referral-count::before { content: ${toCssString(countLabel)}; }`);
  return rules.map((rule) => `${rule}\n`).join("");
}

// A CSS string literal: quotes, backslashes and line breaks escaped as code points.
export function toCssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
