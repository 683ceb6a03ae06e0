import createMiddleware from "next-intl/middleware";
import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { fromSearchKey, searchKeySegment } from "@/lib/search/cache-key";
import { toSearchKey } from "@/lib/search/canonical-key";
import { getSiteUrl } from "@/lib/env";
import { isSafePath, toNotFoundPath } from "@/lib/server/safe-path.mjs";
import { isCrossSitePost } from "@/lib/web/form-post";
import { buildContentSecurityPolicy, buildStrictTransportSecurity, createNonce } from "@/lib/web/security-headers";

const handleI18nRouting = createMiddleware(routing);

const localePattern = routing.locales.map((l) => l.replace(/-/g, "\\-")).join("|");
const searchPath = new RegExp(`^/(${localePattern})/angebote/?$`);
const cachedSearchPath = new RegExp(`^/(${localePattern})/angebote/${searchKeySegment}/(.+)$`);
const cityPath = new RegExp(`^/(${localePattern})/staedte/([a-z0-9-]+)/?$`);
const rootFile = /^\/[^/]*\.[^/]*$/;
const adminPath = new RegExp(`^/(${localePattern})/admin(?:/|$)`);

// SITE_URL does not change while the server runs: the headers of public pages are built
// once, on the first request (not at import, so a bad SITE_URL fails a request, not the build).
let publicHeaders: { https: boolean; policy: string; hsts: string | null } | undefined;

function withSecurityHeaders(response: NextResponse, nonce: string | null): NextResponse {
  if (!publicHeaders) {
    const siteUrl = getSiteUrl();
    const https = siteUrl.startsWith("https:");
    publicHeaders = { https, policy: buildContentSecurityPolicy({ nonce: null, https }), hsts: buildStrictTransportSecurity(siteUrl) };
  }
  const { https, policy, hsts } = publicHeaders;
  response.headers.set("Content-Security-Policy", nonce ? buildContentSecurityPolicy({ nonce, https }) : policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

// A rewrite to another origin is proxied over HTTP, so a rewrite is always built on
// request.nextUrl: its origin is the server's own (hostname and port it was started
// with), never the Host or X-Forwarded-Host header a client sends.
function toOwnUrl(request: NextRequest, pathname: string): URL {
  return new URL(pathname, request.nextUrl.origin);
}

// The localised "not found" page (app/[locale]/[...rest]), for paths no page can have.
function rewriteToNotFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(toOwnUrl(request, toNotFoundPath(request.nextUrl.pathname)));
}

export default function proxy(request: NextRequest) {
  const nonce = adminPath.test(request.nextUrl.pathname) ? createNonce() : null;
  // Next puts the nonce of the request's policy on the scripts it renders.
  if (nonce) request.headers.set("content-security-policy", buildContentSecurityPolicy({ nonce, https: false }));
  return withSecurityHeaders(route(request), nonce);
}

function route(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  if (!isSafePath(pathname)) return rewriteToNotFound(request);
  // Next refuses a cross-origin server action by throwing, which answers 500; it is a 403.
  if (request.method === "POST" && request.headers.has("next-action") && isCrossSitePost(request)) {
    return new NextResponse("Forbidden\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // API routes and files at the root (robots.txt, sitemap.xml) have no locale.
  if (isApi || rootFile.test(pathname)) return NextResponse.next();

  // Cached searches are reached through the rewrite below; a key sent directly must be
  // the one that rewrite would make, or every invented key would become a cache entry.
  const cached = cachedSearchPath.exec(pathname);
  if (cached) {
    const query = fromSearchKey(cached[2]!);
    if (query === null || toSearchKey(query) !== cached[2]) return rewriteToNotFound(request);
  }

  // City pages used to be paginated with ?seite=N; the pages are now paths of their own.
  const city = cityPath.exec(pathname);
  const seite = searchParams.get("seite");
  if (city && seite !== null && /^\d{1,6}$/.test(seite) && Number(seite) > 1) {
    const url = request.nextUrl.clone();
    url.pathname = `/${city[1]}/staedte/${city[2]}/seite/${Number(seite)}`;
    url.search = "";
    return NextResponse.redirect(url, 308);
  }

  const response = handleI18nRouting(request);
  const search = searchPath.exec(pathname);
  if (search && !response.headers.has("location")) {
    const key = toSearchKey(searchParams);
    if (key !== null) {
      // The way next-intl composes with rewrites: keep its headers, add the rewrite.
      response.headers.set("x-middleware-rewrite", toOwnUrl(request, `/${search[1]}/angebote/${searchKeySegment}/${key}`).toString());
    }
  }
  return response;
}

export const config = {
  // Everything but Next's own assets: API routes and paths with a dot are checked too
  // (a malformed path must be a 404, never a 500 from deeper down).
  matcher: "/((?!_next/static|_next/image).*)",
};
