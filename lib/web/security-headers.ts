// The Content-Security-Policy and HSTS headers, set per request by proxy.ts (next.config.ts
// sets the headers that never vary). No third-party host is ever needed: fonts, scripts and
// styles are all the site's own.

export type PolicyOptions = { nonce: string | null; https: boolean };

/**
 * Public pages are cached whole and served to every reader alike, so their inline scripts
 * (Next's React Server Components payload, different on every page) can carry neither a
 * per-request nonce nor a hash known in advance: they need 'unsafe-inline'. Admin pages are
 * rendered per request, so they get a nonce and 'strict-dynamic' instead: there an injected
 * inline script does not run.
 */
export function buildContentSecurityPolicy({ nonce, https }: PolicyOptions): string {
  const scripts = nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    scripts,
    // React's style attributes and Next's inline font declarations.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS only when the site is served over https: over plain http the header means nothing, and on localhost it would lock out http. */
export function buildStrictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith("https:") ? "max-age=63072000; includeSubDomains" : null;
}

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
