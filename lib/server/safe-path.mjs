// @ts-check
// No page or API route of this site has a path segment outside unreserved URL
// characters: slugs, ids, page numbers and search keys are ASCII letters, digits, "-",
// "_" and ".". Anything else – a percent-encoded byte (NUL, "%", invalid UTF-8), a second
// encoding – can only be "not found". Next answers some of these with a bare 500 ("failed
// to decode param") even after a rewrite, so the HTTP edge (./http-edge.mjs) sends them to
// a not-found path before Next reads the URL; proxy.ts applies the same rule when the app
// runs without the edge.
const segment = /^[A-Za-z0-9._~-]*$/;
const maxPathLength = 4096;

/** A path under /<locale>/ that no page has: the catch-all answers it with the localised 404 page. */
export const notFoundSegment = "nicht-gefunden";

/** @param {string} pathname */
export function isSafePath(pathname) {
  if (!pathname.startsWith("/") || pathname.length > maxPathLength) return false;
  return pathname.split("/").every((part) => segment.test(part) && part !== "." && part !== "..");
}

/**
 * Where an unsafe path is answered: the HSDS API's JSON 404, or the 404 page in the
 * language of the path's first segment (next-intl sends an unknown one to German).
 * @param {string} pathname
 */
export function toNotFoundPath(pathname) {
  if (pathname.startsWith("/api/hsds/")) return `/api/hsds/${notFoundSegment}`;
  if (pathname.startsWith("/api/")) return `/api/${notFoundSegment}`;
  const locale = /^\/([a-z]{2}(?:-x-ls)?)(?:\/|$)/.exec(pathname)?.[1] ?? "de";
  return `/${locale}/${notFoundSegment}`;
}

/**
 * The path without repeated or trailing slashes ("/" stays "/").
 * @param {string} pathname
 */
export function toCanonicalPath(pathname) {
  const collapsed = pathname.replace(/\/{2,}/g, "/");
  return collapsed.length > 1 && collapsed.endsWith("/") ? collapsed.slice(0, -1) : collapsed;
}
