import type { MetadataRoute } from "next";
import { getSiteUrl } from "@/lib/env";

// SITE_URL is read when served, not baked in at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/merkliste"] },
    sitemap: `${getSiteUrl()}/sitemap.xml`,
  };
}
