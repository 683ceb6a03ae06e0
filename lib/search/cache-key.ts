// Search pages are cached whole (Incremental Static Regeneration), and Next caches pages
// by path, not by query. proxy.ts therefore rewrites /<locale>/angebote?<query> to
// /<locale>/angebote/suche/<key>, where the key is the search's canonical query string,
// base64url-encoded (no "/", "?" or "%"), cut into segments of at most 200 characters,
// because a cached page is also a file and file names end at 255 bytes. The reader's URL
// keeps the query.
//
// The key is made in ./canonical-key.ts (server only: it needs the search's zod schema);
// this module decodes it, in the browser too (the language switcher).
export const searchKeySegment = "suche";

// Longer canonical queries are not cached; the uncached page caps and reports them as usual.
const maxCachedQueryLength = 1500;

const segmentLength = 200;

/** A canonical query string as a key: base64url, cut into path segments; null when too long to cache. */
export function encodeSearchKey(text: string): string | null {
  if (text.length > maxCachedQueryLength) return null;
  // An empty query gets a key too: a path segment cannot be empty.
  const key = `q${toBase64Url(text)}`;
  const segments: string[] = [];
  for (let i = 0; i < key.length; i += segmentLength) segments.push(key.slice(i, i + segmentLength));
  return segments.join("/");
}

/** The query a key (its segments, or the segments joined by "/") stands for; null for anything else. */
export function fromSearchKey(key: string | readonly string[]): URLSearchParams | null {
  const joined = typeof key === "string" ? key.split("/").join("") : key.join("");
  if (!/^q[A-Za-z0-9_-]*$/.test(joined) || joined.length > 2 * maxCachedQueryLength + 1) return null;
  const text = fromBase64Url(joined.slice(1));
  return text === null ? null : new URLSearchParams(text);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string | null {
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
