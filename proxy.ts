import createMiddleware from "next-intl/middleware";
import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { searchKeySegment, toSearchKey } from "@/lib/search/cache-key";

const handleI18nRouting = createMiddleware(routing);

const localePattern = routing.locales.map((l) => l.replace(/-/g, "\\-")).join("|");
const searchPath = new RegExp(`^/(${localePattern})/angebote/?$`);
const cityPath = new RegExp(`^/(${localePattern})/staedte/([a-z0-9-]+)/?$`);

// A rewrite to another origin is proxied over HTTP. request.nextUrl spells 127.0.0.1 as
// "localhost", which Next then takes for another origin, so the URL is built from the
// Host header the request really came with.
function toSameOriginUrl(request: NextRequest, pathname: string): string {
  const host = request.headers.get("host") ?? request.nextUrl.host;
  return new URL(pathname, `${request.nextUrl.protocol}//${host}`).toString();
}

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

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
      response.headers.set("x-middleware-rewrite", toSameOriginUrl(request, `/${search[1]}/angebote/${searchKeySegment}/${key}`));
    }
  }
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
