import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  // No third-party host is ever needed: fonts, scripts and styles are all our own.
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'self'",
    ].join("; "),
  },
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
  // The public pages are cached whole (ISR); this many MB of them are kept before the
  // least used are dropped (and rendered again on their next request).
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
