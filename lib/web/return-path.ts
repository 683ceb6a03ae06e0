// Only a path on this site may follow a form post; anything else (other hosts,
// protocol-relative "//evil", backslashes, control characters) falls back.
export function toSafeReturnPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 2000) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(candidate, "http://internal.invalid");
  } catch {
    return fallback;
  }
  if (parsed.origin !== "http://internal.invalid") return fallback;
  return `${parsed.pathname}${parsed.search}`;
}

// Browsers send the page a same-origin form was posted from; its path is where
// the reader expects to land again. A foreign or missing Referer gives null.
export function toRefererPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

// Cross-site form posts are refused; requests without an Origin header (old browsers) pass.
export function isSameOriginPost(origin: string | null, host: string | null): boolean {
  if (!origin) return true;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
