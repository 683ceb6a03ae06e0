import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers that never vary; the Content-Security-Policy and HSTS are set per request by
// proxy.ts (lib/web/security-headers.ts): admin pages get a nonce, HSTS follows SITE_URL.
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Public pages are served from the page cache; an ETag would hash every page again on
  // every request (in JavaScript), which costs more than the bytes it could save.
  generateEtags: false,
  typedRoutes: false,
  // The admin CSV import posts files of up to 2 MB (lib/admin/csv/limits.ts) to a server
  // action; the margin lets the action itself answer a larger file with a clear message.
  experimental: {
    serverActions: { bodySizeLimit: "4mb" },
    // Cached pages stay in memory only: every search URL is a cache entry of its own, and
    // on disk they would pile up without bound. A restart starts with an empty cache.
    isrFlushToDisk: false,
  },
  // The public pages are cached whole (ISR) in memory: PAGE_CACHE_MB (default 512) in
  // pools of their own for search pages and all others, "not found" pages never kept
  // (lib/server/page-cache-handler.mjs).
  cacheHandler: path.join(process.cwd(), "lib/server/page-cache-handler.mjs"),
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB ?? 512) * 1024 * 1024,
  async headers() {
    // Admin pages show unpublished data and personal details: never stored by any cache.
    const adminHeaders = [{ key: "Cache-Control", value: "no-store" }];
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:locale/admin", headers: adminHeaders },
      { source: "/:locale/admin/:path*", headers: adminHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
